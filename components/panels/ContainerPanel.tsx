import { containerCliCommands } from '@/lib/cli/cli-commands';
import type { Container, Network, Topology } from '@/lib/topology/types';
import { ConnectControl, DisconnectButton } from '../actions/EndpointButtons';
import MatrixButton from '../reach/MatrixButton';
import ReachSection from '../reach/ReachSection';
import OutsideSection from '../reach/OutsideSection';
import CliCommands from './CliCommands';
import PortList from './PortList';
import { Chips, Facts, KeyValues, PanelHeader, Section } from './Section';
import { engineOf } from '@/lib/topology/engine-of';
import { toTaskIndex } from '@/lib/graph/task-index';
import { addressText, defaultRouteSentence } from '@/lib/graph/route-facts';

function noNamesReason(network: Network, c: Container): string {
  if (network.driver === 'host' || network.driver === 'null') return 'not applicable in this mode';
  if (!network.dns) return 'none: the default bridge has no name resolution (reach it by IP)';
  return c.state === 'running' ? 'none' : 'none while it is not running';
}

function modeSentence(c: Container, topology: Topology): string {
  if (c.networkMode === 'host') return 'host: uses the host’s network stack; reach it at the host’s address.';
  if (c.networkMode === 'none') return 'none: no network interface besides loopback.';
  if (c.networkMode.startsWith('container:')) {
    const owner = topology.containers.find((x) => x.id === c.sharesNetworkWith);
    return `container: shares ${owner?.name ?? c.networkMode.slice(10, 22)}’s network stack (same IPs, same localhost).`;
  }
  return c.networkMode;
}

/** Everything about one container's networking: per-network addresses and names, ports, mode. */
export default function ContainerPanel({ container: c, topology, reachTarget }: { container: Container; topology: Topology; reachTarget?: string | null }) {
  const networks = new Map(topology.networks.map((n) => [n.id, n]));
  const endpoints = topology.endpoints.filter((e) => e.containerId === c.id);
  const engine = engineOf(topology, c.engineId);
  const task = toTaskIndex(topology.swarms).get(c.id);
  const route = defaultRouteSentence(endpoints, networks);
  return (
    <div data-testid="container-panel">
      <PanelHeader kind="Container" name={c.name} id={c.id} />
      <Section title="Facts">
        <Facts
          rows={[
            ...(topology.engines.length > 1 ? [['Host', `${engine.name} (${engine.host})`] as [string, string]] : []),
            ...(task ? [['Swarm task', `${task.service.name}.${task.task.slot ?? ''} of service ${task.service.name} (${task.task.state}); ` +
              `reached as ${task.service.name} (VIP ${task.service.vips.map((v) => v.ip).join(', ') || 'none'}) or tasks.${task.service.name}`] as [string, string]] : []),
            ['Image', c.image],
            ['State', `${c.state} (${c.status})`],
            ['Network mode', modeSentence(c, topology)],
            ...(route ? [['Outside world', <span key="route" data-testid="default-route">{route}</span>] as [string, React.ReactNode]] : []),
            ['Compose', c.compose ? <>project {c.compose.project}, service {c.compose.service}{' '}
              <MatrixButton label="Who reaches whom…" title={`Who reaches whom in ${c.compose.project}`} topology={topology}
                ids={topology.containers.filter((x) => x.compose?.project === c.compose!.project).map((x) => x.id)} /></> : 'not from compose'],
          ]}
        />
      </Section>
      {endpoints.map((e) => {
        const n = networks.get(e.networkId);
        if (!n) return null;
        return (
          <Section key={e.networkId} title={`On ${n.name}`}>
            <Facts
              rows={[
                ['IPv4', addressText(e.ipv4, e.ipv4PrefixLen, e.staticIpv4) || (n.ipv4 ? '' : 'none (IPv6-only network)')],
                ['IPv6', addressText(e.ipv6, e.ipv6PrefixLen, e.staticIpv6)],
                ['MAC', e.mac ?? ''],
                ['Gateway', [e.gateway, e.ipv6Gateway].filter(Boolean).join(', ')],
                ...(e.gwPriority ? [['Gateway priority', String(e.gwPriority)] as [string, string]] : []),
                ...(e.defaultRoute || e.defaultRoute6 ? [['Default route', e.defaultRoute && e.defaultRoute6 ? 'IPv4 and IPv6 leave here' : e.defaultRoute ? 'IPv4 leaves here' : 'IPv6 leaves here'] as [string, string]] : []),
                ['Aliases', e.aliases.join(', ')],
              ]}
            />
            <div className="mt-1.5 text-xs font-medium text-slate-500">Other containers on {n.name} reach it as</div>
            <Chips items={e.dnsNames} empty={noNamesReason(n, c)} testId="dns-names" />
            <div className="mt-2"><DisconnectButton containerId={c.id} network={n} /></div>
          </Section>
        );
      })}
      {endpoints.length === 0 && (
        <Section title="Networks"><p className="text-sm text-slate-500">No network endpoints of its own.</p></Section>
      )}
      <ConnectControl container={c} topology={topology} />
      <Section title="Ports"><PortList container={c} /></Section>
      <Section title="Labels"><KeyValues map={c.labels} testId="labels" /></Section>
      <OutsideSection container={c} topology={topology} />
      <ReachSection key={`${c.id}:${reachTarget ?? ''}`} container={c} topology={topology} initialTarget={reachTarget} />
      <CliCommands commands={containerCliCommands(c, engine)} />
    </div>
  );
}
