'use client';
import { useState } from 'react';
import { checkStaticIpv4, suggestStaticIpv4 } from '@/lib/analysis/check-static-ipv4';
import { checkStaticIpv6, suggestStaticIpv6 } from '@/lib/analysis/check-static-ipv6';
import { usedAddresses } from '@/lib/analysis/used-addresses';
import { actionCli } from '@/lib/client/action-cli';
import { connect, move, type EndpointRef, type JoinOptions } from '@/lib/client/endpoint-changes';
import { connectBody, connectTooNew, GW_PRIORITY_LIMIT, ipv6Address } from '@/lib/api/schemas/endpoint-bodies';
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

/** A static address field: its check's problem under it, a free address one click away, or why it is off. */
function AddressField({ family, label, value, onChange, problem, suggestion, off, hint }: {
  family: 4 | 6; label: string; value: string; onChange: (v: string) => void; problem: string | null; suggestion: string | null; off: string | null; hint: React.ReactNode;
}) {
  return (
    <label className="block">
      <span className="text-xs font-medium text-slate-500">{label}</span>
      <div className="flex gap-2">
        <input className={input} value={value} onChange={(e) => onChange(e.target.value.trim())} placeholder="automatic" aria-invalid={Boolean(problem)} name={`ipv${family}`} disabled={Boolean(off)} />
        {!off && suggestion && value !== suggestion && (
          <DialogButton onClick={() => onChange(suggestion)} className="shrink-0 whitespace-nowrap !px-2 !py-1 text-xs">Use {suggestion}</DialogButton>
        )}
      </div>
      {problem && <span data-testid={`ipv${family}-problem`} className="text-xs text-red-700">{problem}</span>}
      {off ? <span className="text-xs text-amber-800">{off}</span> : hint}
    </label>
  );
}

/**
 * Connect a container to a network (the drop of a drag, or the panel's button): aliases, optional
 * static IPv4 and IPv6 addresses checked against the subnets and the addresses in use (with a free one
 * offered), a gateway priority (Engine 28+), or a move from one of its current networks. The CLI
 * equivalent follows the fields.
 */
export default function ConnectDialog({ topology, containerId, networkId }: { topology: Topology; containerId: string; networkId: string }) {
  const { busy, error, submit: runChange, close } = useDialogRun();
  const [from, setFrom] = useState('');
  const [aliasText, setAliasText] = useState('');
  const [ipv4, setIpv4] = useState('');
  const [ipv6, setIpv6] = useState('');
  const [gwText, setGwText] = useState('');
  const container = topology.containers.find((c) => c.id === containerId);
  const network = topology.networks.find((n) => n.id === networkId);
  if (!container || !network) {
    return <GoneDialog title="Connect" testId="connect-dialog" message="That container or network is gone from the engine." onClose={close} />;
  }
  const netName = new Map(topology.networks.map((n) => [n.id, n.name]));
  const current = topology.endpoints.filter((e) => e.containerId === containerId && e.networkId !== networkId);
  const already = topology.endpoints.some((e) => e.containerId === containerId && e.networkId === networkId);
  const aliases = aliasText.split(/[\s,]+/).filter(Boolean);
  const gwPriority = gwText.trim() === '' ? undefined : Number(gwText);
  const body = {
    container: container.name, ...(aliases.length ? { aliases } : {}), ...(ipv4 ? { ipv4 } : {}), ...(ipv6 ? { ipv6 } : {}),
    ...(gwPriority !== undefined ? { gwPriority } : {}),
  };
  const parsed = connectBody.safeParse(body);
  const errors = fieldErrors(parsed);
  const engine = engineOf(topology, container.engineId);
  const gwOff = engine.info ? connectTooNew({ gwPriority: 0 }, engine.info) : null;
  const used = usedAddresses(topology, network.id);
  const suggestion = network.builtin || !network.ipv4 ? null : suggestStaticIpv4(network.subnets, used.ipv4);
  const verdict = ipv4 && !errors.ipv4 && !network.builtin ? checkStaticIpv4(ipv4, network.subnets, used.ipv4) : null;
  const ipProblem = errors.ipv4 ?? (verdict && !verdict.ok ? verdict.message : null);
  const suggestion6 = network.builtin || !network.ipv6 ? null : suggestStaticIpv6(network.subnets, used.ipv6);
  const canonical6 = ipv6Address.safeParse(ipv6).data;
  const verdict6 = canonical6 && !network.builtin ? checkStaticIpv6(canonical6, network, used.ipv6) : null;
  const ip6Problem = errors.ipv6 ?? (verdict6 && !verdict6.ok ? verdict6.message : null);
  const invalid = Boolean(errors.aliases || ipProblem || ip6Problem || errors.gwPriority || (gwPriority !== undefined && gwOff) || already || elsewhere(container, network));
  const fromEndpoint = current.find((e) => e.networkId === from);
  const ref = (id: string): EndpointRef => ({ engineId: container.engineId, containerId, containerName: container.name, networkId: id, networkName: netName.get(id) ?? id });
  const cli = [actionCli.connect(network.name, body, engine), ...(fromEndpoint ? [actionCli.disconnect(netName.get(from) ?? from, container.name, engine)] : [])].join('\n');
  const warning = modeWarning(container.networkMode) ?? otherHost(topology, container, network);
  const staticHint = (subnet: string) => (network.builtin
    ? <span className="text-xs text-amber-800">The engine gives static addresses only on user-defined networks.</span>
    : <span className="text-xs text-slate-500">The engine accepts a chosen address only on a network created with {subnet}.</span>);
  const subnetsOf = (family: 4 | 6) => network.subnets.filter((x) => x.family === family).map((x) => x.subnet).join(', ') || 'no subnet';

  const submit = () => {
    // The IPv6 as the schema gives it back (canonical, as the engine writes it); the rest as typed.
    const options: JoinOptions = { ipv4: ipv4 || undefined, ipv6: parsed.data?.ipv6, gwPriority: parsed.data?.gwPriority };
    const pending = fromEndpoint ? `Moving ${container.name} to ${network.name}…` : `Connecting ${container.name} to ${network.name}…`;
    return runChange(pending, () => (fromEndpoint ? move(ref(networkId), ref(from), fromEndpoint, aliases, options) : connect(ref(networkId), aliases, options)));
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
      <AddressField
        family={4} label={`Static IPv4 (optional; ${subnetsOf(4)})`} value={ipv4} onChange={setIpv4} problem={ipProblem} suggestion={suggestion}
        off={network.ipv4 ? null : `${network.name} is IPv6-only (created with --ipv4=false): it gives no IPv4 addresses.`}
        hint={staticHint('a subnet (--subnet)')}
      />
      <AddressField
        family={6} label={`Static IPv6 (optional; ${subnetsOf(6)})`} value={ipv6} onChange={setIpv6} problem={ip6Problem} suggestion={suggestion6}
        off={network.ipv6 ? null : `${network.name} has no IPv6 (it was created without --ipv6).`}
        hint={staticHint('an IPv6 subnet (--ipv6 --subnet fd00:…/64)')}
      />
      <label className="block">
        <span className="text-xs font-medium text-slate-500">Gateway priority (optional; the highest carries the default route)</span>
        <input className={input} type="number" step={1} min={-GW_PRIORITY_LIMIT} max={GW_PRIORITY_LIMIT} value={gwText} onChange={(e) => setGwText(e.target.value)}
          placeholder="0" aria-invalid={Boolean(errors.gwPriority)} name="gwPriority" disabled={Boolean(gwOff)} />
        {errors.gwPriority && <span data-testid="gw-priority-problem" className="text-xs text-red-700">{errors.gwPriority}</span>}
        {gwOff && <span className="text-xs text-amber-800">{gwOff}</span>}
      </label>
      <CliPreview command={cli} />
      {error && <DialogError message={error.message} hint={error.hint} />}
    </Dialog>
  );
}
