'use client';
import { useMemo, useRef, useState } from 'react';
import { ReactFlowProvider, useReactFlow } from '@xyflow/react';
import { buildGraph } from '@/lib/graph/build-graph';
import type { SearchHit } from '@/lib/graph/search-map';
import { containerNodeId, networkNodeId } from '@/lib/graph/types';
import ConnectionStatus from '../header/ConnectionStatus';
import EngineHeader from '../header/EngineHeader';
import SearchBox from '../header/SearchBox';
import ActivityPanel from '../activity/ActivityPanel';
import { useEngineEvents } from '../hooks/use-engine-events';
import { FALLBACK_REFRESH_MS, useTopology } from '../hooks/use-topology';
import ActionDialogs from '../actions/ActionDialogs';
import { ActionsProvider } from '../actions/ActionsContext';
import ActionToast from '../actions/ActionToast';
import ActionableMap from './ActionableMap';
import ContainerPanel from '../panels/ContainerPanel';
import NetworkPanel from '../panels/NetworkPanel';
import EngineProblem from './EngineProblem';

function DashboardInner({ readOnly }: { readOnly: boolean }) {
  const refreshRef = useRef<() => void>(() => {});
  const { link, activity } = useEngineEvents(() => refreshRef.current());
  const { data, error, updatedAt, refresh } = useTopology(link.state === 'live');
  refreshRef.current = refresh;
  const isLoading = !data && !error;
  const engineDown = link.state === 'reconnecting' || link.state === 'unreachable';
  const stale = Boolean(error) || engineDown;
  const problem = error?.message ?? link.error?.message ?? 'The Docker engine stopped answering.';
  const [selected, setSelected] = useState<string | null>(null);
  const [showActivity, setShowActivity] = useState(false);
  const graph = useMemo(() => (data ? buildGraph(data) : null), [data]);
  const flow = useReactFlow();

  const centre = (hit: SearchHit) => {
    const node = flow.getInternalNode(hit.nodeId);
    if (!node) return;
    const w = node.measured.width ?? 200;
    const h = node.measured.height ?? 60;
    const p = node.internals.positionAbsolute;
    // Networks are tall buses: centre on their header, not their middle.
    const y = hit.kind === 'network' ? p.y + 50 : p.y + h / 2;
    flow.setCenter(p.x + w / 2, y, { zoom: Math.max(flow.getZoom(), 1), duration: 400 });
    flow.setNodes((nodes) => nodes.map((n) => ({ ...n, selected: n.id === hit.nodeId })));
    setSelected(hit.nodeId);
  };

  const selectedContainer = data?.containers.find((c) => containerNodeId(c.id) === selected);
  const selectedNetwork = data?.networks.find((n) => networkNodeId(n.id) === selected);

  return (
    <ActionsProvider readOnly={readOnly} onChanged={() => void refresh()}>
      <div className="flex h-screen flex-col bg-slate-50 text-slate-900">
        <header className="flex flex-wrap items-center gap-x-6 gap-y-2 border-b border-slate-200 bg-white px-4 py-2">
          <h1 className="text-base font-bold tracking-tight">netatlas</h1>
          <EngineHeader topology={data} />
          <div className="ml-auto flex items-center gap-4">
            <ConnectionStatus link={link} error={error} updatedAt={updatedAt} />
            <button
              type="button"
              onClick={() => setShowActivity((v) => !v)}
              aria-pressed={showActivity}
              className="rounded-md border border-slate-300 px-2 py-1 text-xs text-slate-700 hover:bg-slate-50"
            >
              Activity{activity.length ? ` (${activity.length})` : ''}
            </button>
            <SearchBox topology={data} onPick={centre} />
          </div>
        </header>
        {stale && data && (
          <div role="alert" data-testid="stale-banner" className="border-b border-red-200 bg-red-50 px-4 py-1.5 text-sm text-red-800">
            {problem} Showing the last known map{updatedAt ? ` from ${new Date(updatedAt).toLocaleTimeString()}` : ''}; retrying by itself.
          </div>
        )}
        <main className="flex min-h-0 flex-1">
          <div className="relative min-w-0 flex-1">
            {isLoading && !data && (
              <p data-testid="loading" className="mt-16 text-center text-slate-500">Reading networks and containers from the engine…</p>
            )}
            {error && !data && <EngineProblem error={error} onRetry={() => void refresh()} retrySeconds={FALLBACK_REFRESH_MS / 1000} />}
            {graph && <ActionableMap graph={graph} onSelect={setSelected} stale={stale} />}
            {data && <ActionDialogs topology={data} />}
            <ActionToast />
          </div>
          {showActivity && (
            <aside aria-label="Activity" className="w-[360px] shrink-0 border-l border-slate-200 bg-white">
              <ActivityPanel entries={activity} onClose={() => setShowActivity(false)} />
            </aside>
          )}
          {data && (selectedContainer || selectedNetwork) && (
            <aside aria-label="Details" className="w-[380px] shrink-0 overflow-y-auto border-l border-slate-200 bg-white">
              <div className="flex justify-end px-2 pt-2">
                <button type="button" aria-label="Close details" onClick={() => setSelected(null)} className="rounded px-2 text-slate-500 hover:bg-slate-100">✕</button>
              </div>
              {selectedContainer && <ContainerPanel container={selectedContainer} topology={data} />}
              {selectedNetwork && <NetworkPanel network={selectedNetwork} topology={data} />}
            </aside>
          )}
        </main>
      </div>
    </ActionsProvider>
  );
}

/**
 * The whole dashboard: header with engine facts and search, the live map, the details panel, and
 * the actions (hidden when the server runs read-only).
 */
export default function Dashboard({ readOnly }: { readOnly: boolean }) {
  return (
    <ReactFlowProvider>
      <DashboardInner readOnly={readOnly} />
    </ReactFlowProvider>
  );
}
