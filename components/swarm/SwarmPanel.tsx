'use client';
import type { Swarm, SwarmService, Topology } from '@/lib/topology/types';
import { engineOf } from '@/lib/topology/engine-of';
import SidePanel from '../dashboard/SidePanel';
import { KeyValues } from '../panels/Section';

const TASK_TONE: Record<string, string> = { running: 'text-emerald-800', failed: 'text-red-800', rejected: 'text-red-800' };

function ServiceCard({ s, swarm, topology, onPick }: { s: SwarmService; swarm: Swarm; topology: Topology; onPick: (containerId: string) => void }) {
  const nets = new Map(topology.networks.map((n) => [n.id, n.name]));
  // The service's own networks first: the ingress VIP only serves the routing mesh.
  const ingressId = topology.networks.find((n) => n.ingress)?.id;
  const nodes = new Map(swarm.nodes.map((n) => [n.id, n]));
  const running = s.tasks.filter((t) => t.state === 'running').length;
  return (
    <li data-testid="swarm-service" data-name={s.name} className="rounded-md border border-slate-200 px-3 py-2 text-sm">
      <div className="flex items-baseline justify-between gap-2">
        <span className="font-semibold text-slate-900">{s.name}</span>
        <span className="text-xs text-slate-600">{s.mode === 'global' ? 'global' : `${running}/${s.replicas} running`} · {s.endpointMode}</span>
      </div>
      <div className="truncate text-xs text-slate-500">{s.image}</div>
      <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-2 text-xs">
        <dt className="text-slate-500">DNS</dt>
        <dd data-testid="service-dns" className="font-mono">{s.dnsNames.join(', ')}</dd>
        {[...s.vips].sort((a, b) => Number(a.networkId === ingressId) - Number(b.networkId === ingressId)).map((v) => (
          <div key={v.networkId} className="contents">
            <dt className="text-slate-500">VIP</dt>
            <dd data-testid="service-vip" className="font-mono">{v.ip} <span className="text-slate-500">on {nets.get(v.networkId) ?? v.networkId.slice(0, 12)}</span></dd>
          </div>
        ))}
        {s.ports.map((p) => (
          <div key={`${p.publishedPort}/${p.protocol}`} className="contents">
            <dt className="text-slate-500">Port</dt>
            <dd className="font-mono">{p.publishedPort}→{p.targetPort}/{p.protocol} <span className="font-sans text-slate-500">{p.publishMode === 'ingress' ? 'routing mesh: every node' : 'host mode: nodes running a task'}</span></dd>
          </div>
        ))}
      </dl>
      {Object.keys(s.labels).length > 0 && (
        <details className="mt-1 text-xs">
          <summary className="cursor-pointer text-slate-500">Labels ({Object.keys(s.labels).length})</summary>
          <KeyValues map={s.labels} testId="service-labels" />
        </details>
      )}
      <ul className="mt-1.5 space-y-0.5">
        {s.tasks.map((t) => (
          <li key={t.id} data-testid="swarm-task" className="text-xs">
            <button type="button" disabled={!t.containerId} onClick={() => t.containerId && onPick(t.containerId)}
              className="text-left hover:underline disabled:no-underline" title={t.containerId ? 'Show its container on the map' : 'No container (yet)'}>
              <span className="font-mono">{s.name}.{t.slot ?? t.id.slice(0, 6)}</span>{' '}
              <span className={TASK_TONE[t.state] ?? 'text-slate-600'}>{t.state}</span>
              {' on '}{nodes.get(t.nodeId)?.hostname ?? t.nodeId.slice(0, 12)}
              {t.addresses.length > 0 && <span className="font-mono text-slate-600"> · {t.addresses.map((a) => a.ip).join(', ')}</span>}
              {t.error && <span className="text-red-800"> · {t.error}</span>}
            </button>
          </li>
        ))}
      </ul>
    </li>
  );
}

/** Swarm: nodes with role and state (and which host on the map each is), services with VIP, DNS names, ports and tasks. */
export default function SwarmPanel({ topology, onClose, onPick }: { topology: Topology; onClose: () => void; onPick: (containerId: string) => void }) {
  return (
    <SidePanel title="Swarm" testId="swarm-panel" onClose={onClose}
      intro="A service's name resolves to its virtual IP (load-balanced); tasks.<service> resolves to every task. Ports on the routing mesh answer on every node.">
      <div className="mt-2 flex-1 space-y-4 overflow-y-auto px-4 pb-4">
        {topology.swarms.length === 0 && <p className="text-sm text-slate-500">No engine here manages a swarm.</p>}
        {topology.swarms.map((swarm) => (
          <section key={swarm.clusterId} className="space-y-2">
            <h3 className="text-xs font-semibold uppercase tracking-wide text-slate-500">Nodes · read from {engineOf(topology, swarm.engineId).name}</h3>
            <ul className="space-y-0.5 text-sm">
              {swarm.nodes.map((n) => (
                <li key={n.id} data-testid="swarm-node" data-state={n.state}>
                  <span className="font-medium">{n.hostname}</span>{' '}
                  <span className="text-slate-600">{n.role}{n.leader ? ' (leader)' : ''} · {n.state} · {n.availability}{n.addr ? ` · ${n.addr}` : ''}</span>
                  {n.engineId && <span className="text-indigo-800"> · on the map as {engineOf(topology, n.engineId).name}</span>}
                </li>
              ))}
            </ul>
            <h3 className="text-xs font-semibold uppercase tracking-wide text-slate-500">Services</h3>
            {swarm.services.length === 0 && <p className="text-sm text-slate-500">No service.</p>}
            <ul className="space-y-2">{swarm.services.map((s) => <ServiceCard key={s.id} s={s} swarm={swarm} topology={topology} onPick={onPick} />)}</ul>
          </section>
        ))}
      </div>
    </SidePanel>
  );
}
