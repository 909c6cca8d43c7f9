import { networkCliCommands } from '@/lib/cli/cli-commands';
import type { Network, Topology } from '@/lib/topology/types';
import { DisconnectButton } from '../actions/EndpointButtons';
import RemoveNetworkButton from '../actions/RemoveNetworkButton';
import MatrixButton from '../reach/MatrixButton';
import CliCommands from './CliCommands';
import { Chips, Facts, PanelHeader, KeyValues, Section } from './Section';
import { engineOf } from '@/lib/topology/engine-of';
import { spansHosts } from '@/lib/topology/spans-hosts';
import { familiesText, gatewayModeSentence } from '@/lib/graph/route-facts';

function dnsSentence(n: Network): string {
  if (n.driver === 'host') return 'No: host mode uses the host’s own network stack and resolver.';
  if (n.driver === 'null') return 'No: containers here have no network at all.';
  if (!n.dns) return 'No: on the default bridge containers reach each other by IP only; names do not resolve. Use a user-defined network for names.';
  return 'Yes: Docker’s embedded DNS (127.0.0.11) resolves container names and aliases on this network.';
}

/** Everything about one network: driver, addressing, flags, options, labels and its members. */
export default function NetworkPanel({ network: n, topology }: { network: Network; topology: Topology }) {
  const names = new Map(topology.containers.map((c) => [c.id, c.name]));
  const members = topology.endpoints.filter((e) => e.networkId === n.id);
  const hosts = n.engineIds.map((id) => engineOf(topology, id).name).join(', ');
  const services = topology.swarms.flatMap((s) => s.services).flatMap((svc) => svc.vips.filter((v) => v.networkId === n.id).map((v) => ({ svc, vip: v.ip })));
  return (
    <div data-testid="network-panel">
      <PanelHeader kind={`Network${n.builtin ? ' · built-in' : ''}`} name={n.name} id={n.id} />
      <div className="px-4 pb-2"><RemoveNetworkButton network={n} /></div>
      <Section title="Facts">
        <Facts
          rows={[
            ['Driver', n.driver],
            ['Scope', n.scope],
            ...(topology.engines.length > 1 ? [[spansHosts(n) ? 'Seen on hosts' : 'Host', hosts] as [string, string]] : []),
            ['Internal', n.internal ? 'yes: no route to the outside world' : 'no'],
            ['Attachable', n.attachable ? 'yes' : 'no'],
            ['Ingress', n.ingress ? 'yes' : 'no'],
            ['Addresses', familiesText(n)],
            ...(n.parent ? [['Parent interface', `${n.parent}: containers appear on that LAN with their own addresses; the host itself cannot reach them through ${n.parent} (${n.driver})`] as [string, string]] : []),
            ['Created', n.createdAt ? new Date(n.createdAt).toLocaleString() : ''],
          ]}
        />
      </Section>
      {n.gatewayModes && (
        <Section title="Gateway">
          <Facts rows={[
            ...(n.ipv4 ? [['IPv4', `${n.gatewayModes.ipv4} — ${gatewayModeSentence(n.gatewayModes.ipv4)}`] as [string, string]] : []),
            ...(n.ipv6 ? [['IPv6', `${n.gatewayModes.ipv6} — ${gatewayModeSentence(n.gatewayModes.ipv6)}`] as [string, string]] : []),
          ]} />
        </Section>
      )}
      <Section title="Embedded DNS">
        <p data-testid="network-dns" className="text-sm text-slate-800">{dnsSentence(n)}</p>
      </Section>
      <Section title="Addressing">
        {n.subnets.length === 0 ? (
          <p className="text-sm text-slate-500">No IP addressing (IPAM has no subnet).</p>
        ) : (
          n.subnets.map((s) => <Facts key={s.subnet} rows={[['Subnet', s.subnet], ['Gateway', s.gateway ?? ''], ['IP range', s.ipRange ?? 'whole subnet']]} />)
        )}
      </Section>
      {services.length > 0 && (
        <Section title={`Swarm services (${services.length})`}>
          <ul data-testid="network-services" className="space-y-1 text-sm">
            {services.map(({ svc, vip }) => (
              <li key={svc.id}><span className="font-medium">{svc.name}</span> <span className="font-mono text-xs text-slate-600">VIP {vip} · {svc.dnsNames.join(', ')}</span></li>
            ))}
          </ul>
        </Section>
      )}
      <Section title={`Containers (${members.length})`}>
        {members.length >= 2 && <div className="mb-2"><MatrixButton label="Who reaches whom…" title={`Who reaches whom on ${n.name}`} topology={topology} ids={members.map((e) => e.containerId)} /></div>}
        {members.length === 0 && <p className="text-sm text-slate-500">No container is attached.</p>}
        <ul className="space-y-2">
          {members.map((e) => (
            <li key={e.containerId} className="text-sm">
              <div className="flex items-center justify-between gap-2">
                <span className="font-medium text-slate-900">{names.get(e.containerId)}</span>
                <DisconnectButton containerId={e.containerId} network={n} label={`Disconnect ${names.get(e.containerId)} from ${n.name}`} />
              </div>
              <div className="font-mono text-xs text-slate-600">
                {e.ipv4 ?? (n.ipv4 ? 'no IPv4' : 'IPv6 only')}{e.ipv6 ? ` · ${e.ipv6}` : ''}{e.mac ? ` · ${e.mac}` : ''}
              </div>
              <Chips items={e.dnsNames} empty={n.dns ? 'no names resolve (not running)' : 'names do not resolve here'} />
            </li>
          ))}
        </ul>
      </Section>
      <Section title="Options"><KeyValues map={n.options} /></Section>
      <Section title="Labels"><KeyValues map={n.labels} testId="labels" /></Section>
      <CliCommands commands={networkCliCommands(n, engineOf(topology, n.engineId))} />
    </div>
  );
}
