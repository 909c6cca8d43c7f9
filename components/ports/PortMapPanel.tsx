'use client';
import { useMemo, useState } from 'react';
import type { HostInterface, PortBinding, PortMap } from '@/lib/analysis/port-map-types';
import { useAnalysis } from '../hooks/use-analysis';
import SidePanel from '../dashboard/SidePanel';
import type { Analysis } from '../dashboard/map-source';
import { formatHostAddress } from '@/lib/analysis/port-scope';

const range = (a: number, b: number) => (a === b ? String(a) : `${a}-${b}`);

function bindingText(b: PortBinding): string {
  const span = b.hostPortEnd - b.hostPort;
  if (b.service) return `${range(b.hostPort, b.hostPortEnd)}/${b.protocol} → service ${b.service.name}:${b.containerPort} (routing mesh: any task, from every node)`;
  return `${range(b.hostPort, b.hostPortEnd)}/${b.protocol} → ${b.containerName}:${range(b.containerPort, b.containerPort + span)}`;
}

const owns = (b: PortBinding, port: number) => port >= b.hostPort && port <= b.hostPortEnd;

const TONE: Record<HostInterface['scope'], string> = {
  all: 'bg-amber-50 text-amber-900',
  loopback: 'bg-emerald-50 text-emerald-900',
  specific: 'bg-slate-100 text-slate-800',
};

/** Every published host port, by host interface, with a "who owns port N?" search and the conflicts. */
export default function PortMapPanel({ version, ports, onClose, onPick }: { version?: number; ports?: Analysis<PortMap>; onClose: () => void; onPick: (containerId: string) => void }) {
  // Live, read from the server while the panel is open; a snapshot's is given.
  const live = useAnalysis<PortMap>(ports ? null : '/api/ports', version);
  const { data, error, isLoading } = ports ?? live;
  const [query, setQuery] = useState('');
  const port = /^\d{1,5}$/.test(query.trim()) ? Number(query.trim()) : null;
  const interfaces = useMemo(() => {
    if (!data) return [];
    const q = query.trim().toLowerCase();
    if (!q) return data.interfaces;
    return data.interfaces
      .map((i) => ({ ...i, bindings: i.bindings.filter((b) => (port !== null ? owns(b, port) : b.containerName.toLowerCase().includes(q))) }))
      .filter((i) => i.bindings.length > 0);
  }, [data, query, port]);
  /** Ports belong to a host: on a map of several, each interface says which. */
  const manyHosts = new Set(data?.interfaces.map((i) => i.engineId)).size > 1;
  return (
    <SidePanel title="Host ports" testId="port-map-panel" onClose={onClose}
      intro="Ports the host publishes to containers (-p HOST_IP:HOST_PORT:CONTAINER_PORT). Every interface means anyone who can reach this machine; this host only means local processes.">
      <input type="search" aria-label="Who owns host port…" placeholder="Who owns host port… (e.g. 5432) or a container name" value={query} onChange={(e) => setQuery(e.target.value)}
        className="mx-4 mt-2 rounded-md border border-slate-300 px-2 py-1 text-sm" />
      <div className="mt-2 flex-1 space-y-3 overflow-y-auto px-4 pb-4 text-sm">
        {isLoading && !data && <p className="text-slate-500">Reading published ports…</p>}
        {error && <p role="alert" className="text-red-800">{error.message}</p>}
        {data && data.conflicts.length > 0 && (
          <section data-testid="port-conflicts">
            <h3 className="text-xs font-semibold uppercase tracking-wide text-red-700">Could not start: port taken</h3>
            <ul className="mt-1 space-y-1">
              {data.conflicts.map((c) => (
                <li key={`${c.containerId}:${c.hostPort}`} className="rounded border border-red-200 bg-red-50 px-2 py-1">
                  <button type="button" className="font-medium underline-offset-2 hover:underline" onClick={() => onPick(c.containerId)}>{c.containerName}</button>{' '}
                  wants {formatHostAddress(c.hostIp, c.hostPort)}/{c.protocol}{c.heldBy ? `, held by ${c.heldBy.name}` : ''}.
                  <div className="text-xs text-red-800">{c.message}</div>
                </li>
              ))}
            </ul>
          </section>
        )}
        {data && interfaces.length === 0 && <p className="text-slate-500">{query ? (port !== null ? `No container publishes host port ${port}.` : 'Nothing matches.') : 'No container publishes a port.'}</p>}
        {interfaces.map((i) => (
          <section key={`${i.engineId}:${i.hostIp}`} data-testid="port-interface" data-host-ip={i.hostIp} data-engine={i.engineId}>
            <h3 className="flex items-center gap-2 text-sm font-semibold text-slate-900">
              {manyHosts && <span data-testid="port-engine" className="rounded bg-indigo-50 px-1.5 text-xs font-medium text-indigo-900">{i.engineId}</span>}
              <span className="font-mono">{formatHostAddress(i.hostIp)}</span>
              <span className={`rounded px-1.5 py-0.5 text-xs font-medium ${TONE[i.scope]}`}>{i.label}</span>
            </h3>
            <ul className="mt-1 space-y-0.5">
              {i.bindings.map((b) => (
                <li key={`${b.service?.id ?? b.containerId}:${b.hostPort}:${b.protocol}`} data-testid="port-binding" className={`font-mono text-xs ${b.pending ? 'text-slate-400' : 'text-slate-800'}`}>
                  {b.service ? <span>{bindingText(b)}</span> : (
                    <button type="button" className="text-left hover:underline" onClick={() => onPick(b.containerId)} title="Show this container on the map">
                      {bindingText(b)}{b.pending ? ' (not running)' : ''}
                    </button>
                  )}
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </SidePanel>
  );
}
