'use client';
import { useState } from 'react';
import { actionCli } from '@/lib/client/action-cli';
import { networkActions } from '@/lib/client/network-actions';
import { createNetworkBody, createTooNew, type CreateNetworkBody } from '@/lib/api/schemas/create-network-body';
import { LAB_LABEL } from '@/lib/labs/lab-types';
import type { Topology } from '@/lib/topology/types';
import { useOpenLab } from '../labs/OpenLabContext';
import Dialog, { CliPreview, DialogError, DialogFooter } from './Dialog';
import { fieldErrors } from './field-errors';
import { useEngineChoice } from './EngineSelect';
import { useDialogRun } from './use-dialog-run';

const input = 'w-full rounded border border-slate-300 px-2 py-1 font-mono text-[13px] focus:border-sky-500 focus:outline-none aria-[invalid=true]:border-red-400';

/** `key=value` per line into labels; a line without `=` becomes a key with an empty value. */
function parseLabels(text: string): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const line of text.split('\n').map((l) => l.trim()).filter(Boolean)) {
    const i = line.indexOf('=');
    labels[i < 0 ? line : line.slice(0, i).trim()] = i < 0 ? '' : line.slice(i + 1).trim();
  }
  return labels;
}

/**
 * The form's values as the API body: empty fields left out, as the CLI leaves out unused flags; the
 * fields of a family that is off (greyed out in the form) too. While a lab is open and the name is one
 * of its networks (`labId`), the network is labelled for it (`netatlas.lab=<id>`) so that the lab's Reset removes it; a
 * `netatlas.lab` typed in the form wins.
 */
function toBody(f: Form, labId?: string): Partial<CreateNetworkBody> {
  const labels = { ...(labId ? { [LAB_LABEL]: labId } : {}), ...parseLabels(f.labels) };
  const given = (k: 'subnet' | 'gateway' | 'ipRange' | 'ipv6Subnet' | 'ipv6Gateway', on: boolean) => (on && f[k].trim() ? { [k]: f[k].trim() } : {});
  return {
    name: f.name.trim(),
    ...(f.driver !== 'bridge' ? { driver: f.driver } : {}),
    ...(f.ipv6 ? { ipv6: true } : {}),
    ...(f.ipv4 ? {} : { ipv4: false }),
    ...given('subnet', f.ipv4), ...given('gateway', f.ipv4), ...given('ipRange', f.ipv4),
    ...given('ipv6Subnet', f.ipv6), ...given('ipv6Gateway', f.ipv6),
    ...(f.internal ? { internal: true } : {}),
    ...(f.attachable ? { attachable: true } : {}),
    ...(Object.keys(labels).length ? { labels } : {}),
  };
}

interface Form {
  name: string;
  driver: 'bridge' | 'overlay';
  subnet: string;
  gateway: string;
  ipRange: string;
  ipv4: boolean;
  ipv6: boolean;
  ipv6Subnet: string;
  ipv6Gateway: string;
  internal: boolean;
  attachable: boolean;
  labels: string;
}

const EMPTY: Form = {
  name: '', driver: 'bridge', subnet: '', gateway: '', ipRange: '', ipv4: true, ipv6: false, ipv6Subnet: '', ipv6Gateway: '', internal: false, attachable: false, labels: '',
};

function Field({ label, error, children, hint }: { label: string; error?: string; hint?: string; children: React.ReactNode }) {
  return (
    <label className="block">
      <span className="text-xs font-medium text-slate-500">{label}</span>
      {children}
      {error ? <span data-testid="field-error" className="text-xs text-red-700">{error}</span> : hint ? <span className="text-xs text-slate-500">{hint}</span> : null}
    </label>
  );
}

/**
 * Create a network: the fields of `docker network create` that netatlas accepts (no driver options),
 * checked with the server's own schema as they are typed, the CLI equivalent following along.
 */
export default function CreateNetworkDialog({ topology, engineId: preferred }: { topology: Topology; engineId?: string | null }) {
  const { engineId, engine, select } = useEngineChoice(topology, preferred);
  const { busy, error, submit: runChange, close } = useDialogRun();
  const [form, setForm] = useState<Form>(EMPTY);
  const set = <K extends keyof Form>(k: K, v: Form[K]) => setForm((f) => ({ ...f, [k]: v }));
  const lab = useOpenLab();
  // Only a network the lab names is the lab's: Reset must not take another one the user made meanwhile.
  const body = toBody(form, lab && lab.networks.includes(form.name.trim()) ? lab.id : undefined);
  const forLab = lab && body.labels?.[LAB_LABEL] === lab.id ? lab.id : null;
  const parsed = createNetworkBody.safeParse(body);
  const errors = fieldErrors(parsed);
  const taken = topology.networks.some((n) => n.name === body.name && n.engineIds.includes(engineId));
  if (taken) errors.name = `a network named ${body.name} already exists`;
  const invalid = !parsed.success || taken;
  // An empty name on a fresh form is not a mistake yet: Create stays disabled, but nothing turns red.
  const show = (k: string) => (k === 'name' && form.name === '' ? undefined : errors[k]);
  const overlay = Boolean(engine?.info?.swarmManager);
  // Unchecking IPv4 asks for an IPv6-only network: only an engine that knows EnableIPv4 can make one.
  const ipv4Off = engine?.info ? createTooNew({ ipv4: false }, engine.info) : null;

  const submit = async () => {
    if (!parsed.success || taken) return;
    const body = parsed.data;
    await runChange(`Creating network ${body.name}…`, async () => {
      const n = await networkActions.create(engineId, body);
      const subnets = n.subnets.map((x) => x.subnet).join(', ');
      return { text: `Created network ${n.name}${subnets ? ` (${subnets})` : ''}${select && engine ? ` on ${engine.name}` : ''}.` };
    });
  };

  return (
    <Dialog
      title="Create a network"
      onClose={close}
      testId="create-network-dialog"
      footer={<DialogFooter onCancel={close} onConfirm={submit} label="Create" busyLabel="Creating…" busy={busy} disabled={invalid} testId="create-network-submit" />}
    >
      {select}
      <Field label="Name" error={show('name')}>
        <input className={input} name="name" value={form.name} onChange={(e) => set('name', e.target.value)} placeholder="backend" aria-invalid={Boolean(show('name'))} />
      </Field>
      <Field label="Driver" hint={overlay ? undefined : 'overlay needs a swarm manager (docker swarm init)'}>
        <select className={input} name="driver" value={form.driver} onChange={(e) => set('driver', e.target.value as Form['driver'])}>
          <option value="bridge">bridge (this host)</option>
          {overlay && <option value="overlay">overlay (across the swarm)</option>}
        </select>
      </Field>
      <div className="flex gap-4">
        <label className="flex items-center gap-1.5">
          <input type="checkbox" name="ipv4" checked={form.ipv4} disabled={Boolean(ipv4Off) && form.ipv4} onChange={(e) => setForm((f) => ({ ...f, ipv4: e.target.checked, ipv6: f.ipv6 || !e.target.checked }))} />{' '}
          IPv4 <span className="text-xs text-slate-500">(unchecked: IPv6-only, --ipv4=false)</span>
        </label>
        <label className="flex items-center gap-1.5">
          <input type="checkbox" name="ipv6" checked={form.ipv6} onChange={(e) => set('ipv6', e.target.checked)} /> IPv6 <span className="text-xs text-slate-500">(--ipv6)</span>
        </label>
      </div>
      {show('ipv4') && <span data-testid="field-error" className="block text-xs text-red-700">{show('ipv4')}</span>}
      {ipv4Off && <span className="block text-xs text-slate-500">{ipv4Off}</span>}
      <fieldset disabled={!form.ipv4} className="space-y-3 disabled:opacity-50">
        <div className="grid grid-cols-2 gap-2">
          <Field label="Subnet (optional)" error={show('subnet')} hint="empty: the engine picks one">
            <input className={input} name="subnet" value={form.subnet} onChange={(e) => set('subnet', e.target.value)} placeholder="10.5.0.0/24" aria-invalid={Boolean(show('subnet'))} />
          </Field>
          <Field label="Gateway (optional)" error={show('gateway')}>
            <input className={input} name="gateway" value={form.gateway} onChange={(e) => set('gateway', e.target.value)} placeholder="10.5.0.1" aria-invalid={Boolean(show('gateway'))} />
          </Field>
        </div>
        <Field label="IP range (optional: where the engine hands out addresses)" error={show('ipRange')}>
          <input className={input} name="ipRange" value={form.ipRange} onChange={(e) => set('ipRange', e.target.value)} placeholder="10.5.0.128/25" aria-invalid={Boolean(show('ipRange'))} />
        </Field>
      </fieldset>
      <fieldset disabled={!form.ipv6} className="grid grid-cols-2 gap-2 disabled:opacity-50">
        <Field label="IPv6 subnet (optional)" error={show('ipv6Subnet')} hint="empty: Engine 27+ picks a ULA /64">
          <input className={input} name="ipv6Subnet" value={form.ipv6Subnet} onChange={(e) => set('ipv6Subnet', e.target.value)} placeholder="fd00:db8:5::/64" aria-invalid={Boolean(show('ipv6Subnet'))} />
        </Field>
        <Field label="IPv6 gateway (optional)" error={show('ipv6Gateway')}>
          <input className={input} name="ipv6Gateway" value={form.ipv6Gateway} onChange={(e) => set('ipv6Gateway', e.target.value)} placeholder="fd00:db8:5::1" aria-invalid={Boolean(show('ipv6Gateway'))} />
        </Field>
      </fieldset>
      <div className="flex gap-4">
        <label className="flex items-center gap-1.5"><input type="checkbox" name="internal" checked={form.internal} onChange={(e) => set('internal', e.target.checked)} /> internal <span className="text-xs text-slate-500">(no route out)</span></label>
        <label className="flex items-center gap-1.5"><input type="checkbox" name="attachable" checked={form.attachable} onChange={(e) => set('attachable', e.target.checked)} /> attachable</label>
      </div>
      <Field label="Labels (key=value, one per line)" error={show('labels')}>
        <textarea className={`${input} h-14`} name="labels" value={form.labels} onChange={(e) => set('labels', e.target.value)} placeholder="team=data" aria-invalid={Boolean(show('labels'))} />
      </Field>
      {forLab && <p data-testid="lab-label-note" className="text-xs text-violet-800">Labelled for the lab {forLab}: Reset removes it.</p>}
      <CliPreview command={actionCli.create(body, engine)} />
      {error && <DialogError message={error.message} hint={error.hint} />}
    </Dialog>
  );
}
