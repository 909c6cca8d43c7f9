'use client';
import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { HostFlowNode } from '@/lib/graph/types';

const STATE: Record<string, { dot: string; text: string }> = {
  live: { dot: 'bg-emerald-500', text: 'live' },
  connecting: { dot: 'bg-slate-400', text: 'connecting…' },
  reconnecting: { dot: 'bg-red-500', text: 'unreachable · reconnecting' },
  unreachable: { dot: 'bg-red-500', text: 'unreachable · reconnecting' },
  misconfigured: { dot: 'bg-red-500', text: 'not configured correctly' },
};

/**
 * One engine's box on a map of several: its name, address, version and link state in the header;
 * its local networks and containers inside. While it does not answer, the box says why and the last
 * known containers inside are dimmed.
 */
function HostNode({ data }: NodeProps<HostFlowNode>) {
  const e = data.engine;
  const s = STATE[e.state] ?? STATE.connecting;
  const down = e.state !== 'live' && e.state !== 'connecting';
  const facts = [e.info ? `Docker ${e.info.serverVersion}` : null, e.info?.swarmNodeId ? (e.info.swarmManager ? 'swarm manager' : 'swarm worker') : null]
    .filter(Boolean).join(' · ');
  return (
    <div data-testid="host-node" data-engine={e.id} data-state={e.state}
      className={`h-full w-full rounded-2xl border-2 ${down ? 'border-red-300 bg-red-50/40' : 'border-indigo-200 bg-indigo-50/30'}`}>
      <div className="flex items-baseline gap-2 px-4 pt-2">
        <span className={`h-2.5 w-2.5 shrink-0 self-center rounded-full ${s.dot}`} />
        <span className="za-name text-[18px] font-bold text-slate-900">{e.name}</span>
        <span className="za-detail truncate font-mono text-[13px] text-slate-600" title={`${e.source === 'context' ? 'Docker context' : e.source === 'config' ? 'netatlas.config.json' : 'DOCKER_HOST'}: ${e.host}`}>{e.host}</span>
      </div>
      <div className="za-detail truncate px-4 text-[13px] text-slate-600">
        <span data-testid="host-state" className={down ? 'font-medium text-red-800' : ''}>{s.text}</span>
        {facts ? ` · ${facts}` : ''} · {data.containerCount} containers · {data.networkCount} local networks
      </div>
      {down && e.error && (
        <div role="alert" data-testid="host-problem" className="mx-4 mt-1 line-clamp-2 text-[13px] text-red-800">
          {e.error.message}{e.stale ? ' Showing the last known containers.' : ''}
        </div>
      )}
    </div>
  );
}

export default memo(HostNode);
