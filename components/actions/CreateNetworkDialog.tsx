'use client';
import { useState } from 'react';
import { actionCli } from '@/lib/api/action-cli';
import { networkActions } from '@/lib/api/network-actions';
import { createNetworkBody, type CreateNetworkBody } from '@/lib/api/schemas/create-network-body';
import type { Topology } from '@/lib/topology/types';
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

/** The form's values as the API body: empty fields left out, as the CLI leaves out unused flags. */
function toBody(f: Form): Partial<CreateNetworkBody> {
  const labels = parseLabels(f.labels);
  return {
    name: f.name.trim(),
    ...(f.driver !== 'bridge' ? { driver: f.driver } : {}),
    ...(f.subnet.trim() ? { subnet: f.subnet.trim() } : {}),
    ...(f.gateway.trim() ? { gateway: f.gateway.trim() } : {}),
    ...(f.ipRange.trim() ? { ipRange: f.ipRange.trim() } : {}),
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
  internal: boolean;
  attachable: boolean;
  labels: string;
}

const EMPTY: Form = { name: '', driver: 'bridge', subnet: '', gateway: '', ipRange: '', internal: false, attachable: false, labels: '' };

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
  const body = toBody(form);
  const parsed = createNetworkBody.safeParse(body);
  const errors = fieldErrors(parsed);
  const taken = topology.networks.some((n) => n.name === body.name && n.engineIds.includes(engineId));
  if (taken) errors.name = `a network named ${body.name} already exists`;
  const invalid = !parsed.success || taken;
  // An empty name on a fresh form is not a mistake yet: Create stays disabled, but nothing turns red.
  const show = (k: string) => (k === 'name' && form.name === '' ? undefined : errors[k]);
  const overlay = Boolean(engine?.info?.swarmManager);

  const submit = async () => {
    if (!parsed.success || taken) return;
    const body = parsed.data;
    await runChange(`Creating network ${body.name}…`, async () => {
      const n = await networkActions.create(engineId, body);
      return { text: `Created network ${n.name}${n.subnets[0] ? ` (${n.subnets[0].subnet})` : ''}${select && engine ? ` on ${engine.name}` : ''}.` };
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
      <div className="flex gap-4">
        <label className="flex items-center gap-1.5"><input type="checkbox" name="internal" checked={form.internal} onChange={(e) => set('internal', e.target.checked)} /> internal <span className="text-xs text-slate-500">(no route out)</span></label>
        <label className="flex items-center gap-1.5"><input type="checkbox" name="attachable" checked={form.attachable} onChange={(e) => set('attachable', e.target.checked)} /> attachable</label>
      </div>
      <Field label="Labels (key=value, one per line)" error={show('labels')}>
        <textarea className={`${input} h-14`} name="labels" value={form.labels} onChange={(e) => set('labels', e.target.value)} placeholder="team=data" aria-invalid={Boolean(show('labels'))} />
      </Field>
      <CliPreview command={actionCli.create(body, engine)} />
      {error && <DialogError message={error.message} hint={error.hint} />}
    </Dialog>
  );
}
