'use client';
import { useState } from 'react';
import { checkStaticIpv4, suggestStaticIpv4 } from '@/lib/analysis/check-static-ipv4';
import { usedAddresses } from '@/lib/analysis/used-addresses';
import { actionCli } from '@/lib/api/action-cli';
import { connect, move, type EndpointRef } from '@/lib/api/endpoint-changes';
import { connectBody } from '@/lib/api/schemas/endpoint-bodies';
import { engineOf } from '@/lib/topology/engine-of';
import type { Container, Network, Topology } from '@/lib/topology/types';
import Dialog, { CliPreview, DialogButton, DialogError, DialogFooter, GoneDialog } from './Dialog';
import { fieldErrors } from './field-errors';
import { useDialogRun } from './use-dialog-run';
import { spansHosts } from '@/lib/topology/spans-hosts';

const input = 'w-full rounded border border-slate-300 px-2 py-1 font-mono text-[13px] focus:border-sky-500 focus:outline-none';

function modeWarning(networkMode: string): string | null {
  if (networkMode === 'host') return 'It runs in host mode: the engine will refuse to connect it to any network.';
  if (networkMode.startsWith('container:')) return 'It shares another container’s network stack: the engine will refuse to connect it.';
  return null;
}

/** A local network of another engine: the container's engine does not know it. */
const elsewhere = (c: Container, n: Network) => !spansHosts(n) && !n.engineIds.includes(c.engineId);

function otherHost(t: Topology, c: Container, n: Network): string | null {
  if (!elsewhere(c, n)) return null;
  return `${c.name} runs on ${engineOf(t, c.engineId).name}, ${n.name} is a local network of ${engineOf(t, n.engineId).name}: a container joins only networks of its own host (or a swarm overlay).`;
}

/**
 * Connect a container to a network (the drop of a drag, or the panel's button): aliases, an optional
 * static IPv4 checked against the subnet and the addresses in use (with a free one offered), or a move
 * from one of its current networks. The CLI equivalent follows the fields.
 */
export default function ConnectDialog({ topology, containerId, networkId }: { topology: Topology; containerId: string; networkId: string }) {
  const { busy, error, submit: runChange, close } = useDialogRun();
  const [from, setFrom] = useState('');
  const [aliasText, setAliasText] = useState('');
  const [ipv4, setIpv4] = useState('');
  const container = topology.containers.find((c) => c.id === containerId);
  const network = topology.networks.find((n) => n.id === networkId);
  if (!container || !network) {
    return <GoneDialog title="Connect" testId="connect-dialog" message="That container or network is gone from the engine." onClose={close} />;
  }
  const netName = new Map(topology.networks.map((n) => [n.id, n.name]));
  const current = topology.endpoints.filter((e) => e.containerId === containerId && e.networkId !== networkId);
  const already = topology.endpoints.some((e) => e.containerId === containerId && e.networkId === networkId);
  const aliases = aliasText.split(/[\s,]+/).filter(Boolean);
  const body = { container: container.name, ...(aliases.length ? { aliases } : {}), ...(ipv4 ? { ipv4 } : {}) };
  const errors = fieldErrors(connectBody.safeParse(body));
  const used = usedAddresses(topology, network.id);
  const suggestion = network.builtin ? null : suggestStaticIpv4(network.subnets, used);
  const verdict = ipv4 && !errors.ipv4 && !network.builtin ? checkStaticIpv4(ipv4, network.subnets, used) : null;
  const ipProblem = errors.ipv4 ?? (verdict && !verdict.ok ? verdict.message : null);
  const invalid = Boolean(errors.aliases || ipProblem || already || elsewhere(container, network));
  const fromEndpoint = current.find((e) => e.networkId === from);
  const ref = (id: string): EndpointRef => ({ engineId: container.engineId, containerId, containerName: container.name, networkId: id, networkName: netName.get(id) ?? id });
  const engine = engineOf(topology, container.engineId);
  const cli = [actionCli.connect(network.name, body, engine), ...(fromEndpoint ? [actionCli.disconnect(netName.get(from) ?? from, container.name, engine)] : [])].join('\n');
  const warning = modeWarning(container.networkMode) ?? otherHost(topology, container, network);

  const submit = () => {
    const ip = ipv4 || undefined;
    return runChange(
      fromEndpoint ? `Moving ${container.name} to ${network.name}…` : `Connecting ${container.name} to ${network.name}…`,
      () => (fromEndpoint ? move(ref(networkId), ref(from), fromEndpoint, aliases, ip) : connect(ref(networkId), aliases, ip)),
    );
  };

  return (
    <Dialog
      title={`Connect ${container.name} to ${network.name}`}
      onClose={close}
      testId="connect-dialog"
      footer={<DialogFooter onCancel={close} onConfirm={submit} label={fromEndpoint ? 'Move' : 'Connect'} busy={busy} disabled={invalid} testId="connect-submit" />}
    >
      {already && <p className="text-amber-800">{container.name} is already on {network.name}.</p>}
      {warning && <p className="rounded bg-amber-50 px-2 py-1 text-amber-800">{warning}</p>}
      {current.length > 0 && (
        <fieldset className="space-y-1">
          <legend className="text-xs font-medium text-slate-500">Its other networks</legend>
          <label className="flex items-center gap-2"><input type="radio" name="mode" checked={!from} onChange={() => setFrom('')} /> Connect: keep {current.map((e) => netName.get(e.networkId)).join(', ')}</label>
          {current.map((e) => (
            <label key={e.networkId} className="flex items-center gap-2">
              <input type="radio" name="mode" checked={from === e.networkId} onChange={() => setFrom(e.networkId)} />
              Move: leave {netName.get(e.networkId)} after joining
            </label>
          ))}
        </fieldset>
      )}
      <label className="block">
        <span className="text-xs font-medium text-slate-500">Aliases (DNS names on {network.name}, separated by spaces or commas)</span>
        <input className={input} value={aliasText} onChange={(e) => setAliasText(e.target.value)} placeholder="db primary" aria-invalid={Boolean(errors.aliases)} name="aliases" />
        {errors.aliases && <span className="text-xs text-red-700">{errors.aliases}</span>}
        {!network.dns && <span className="text-xs text-amber-800">No name resolution on {network.name}: the engine accepts aliases only on user-defined networks.</span>}
      </label>
      <label className="block">
        <span className="text-xs font-medium text-slate-500">Static IPv4 (optional; {network.subnets.map((s) => s.subnet).join(', ') || 'no subnet'})</span>
        <div className="flex gap-2">
          <input className={input} value={ipv4} onChange={(e) => setIpv4(e.target.value.trim())} placeholder="automatic" aria-invalid={Boolean(ipProblem)} name="ipv4" />
          {suggestion && ipv4 !== suggestion && (
            <DialogButton onClick={() => setIpv4(suggestion)} className="shrink-0 whitespace-nowrap !px-2 !py-1 text-xs">Use {suggestion}</DialogButton>
          )}
        </div>
        {ipProblem && <span data-testid="ipv4-problem" className="text-xs text-red-700">{ipProblem}</span>}
        {network.builtin
          ? <span className="text-xs text-amber-800">The engine gives static addresses only on user-defined networks.</span>
          : <span className="text-xs text-slate-500">The engine accepts a chosen address only on a network created with a subnet (--subnet).</span>}
      </label>
      <CliPreview command={cli} />
      {error && <DialogError message={error.message} hint={error.hint} />}
    </Dialog>
  );
}
