'use client';
import { useMemo, useState } from 'react';
import type { ActivityEntry } from '@/lib/topology/engine-change';
import SidePanel from '../dashboard/SidePanel';
import { clockTime } from '@/lib/client/clock-time';
import { useActivity, type ActivityStore } from '../hooks/activity-store';

/** The last few hundred network-relevant engine events, newest first, filterable. */
export default function ActivityPanel({ store, onClose, onOpenBefore }: { store: ActivityStore; onClose: () => void; onOpenBefore?: (time: number) => void }) {
  const entries = useActivity(store);
  const [filter, setFilter] = useState('');
  const shown = useMemo(() => {
    const f = filter.trim().toLowerCase();
    return f ? entries.filter((e) => `${e.text} ${e.engineId ?? ''}`.toLowerCase().includes(f)) : entries;
  }, [entries, filter]);
  // Lines from several engines say which; sequence numbers are per engine.
  const many = new Set(entries.map((e) => e.engineId)).size > 1;
  return (
    <SidePanel title="Activity" testId="activity-panel" onClose={onClose}
      intro="Network-relevant engine events, newest first. Kept in the netatlas server’s memory (last 300) and cleared when it restarts.">
      <input
        type="search"
        aria-label="Filter activity"
        placeholder="Filter (container, network, action)…"
        value={filter}
        onChange={(e) => setFilter(e.target.value)}
        className="mx-4 mt-2 rounded-md border border-slate-300 px-2 py-1 text-sm"
      />
      <ol className="mt-2 flex-1 overflow-y-auto px-4 pb-4 text-sm">
        {shown.length === 0 && <li className="text-slate-500">{entries.length ? 'Nothing matches.' : 'No changes since the server started.'}</li>}
        {shown.map((e) => (
          <li key={`${e.engineId ?? ''}:${e.seq}`} data-testid="activity-entry" className="border-b border-slate-100 py-1">
            <span className="mr-2 font-mono text-xs text-slate-500">{clockTime(e.time)}</span>
            {many && e.engineId && <span className="mr-1.5 rounded bg-indigo-50 px-1 text-xs text-indigo-900">{e.engineId}</span>}
            <span className="text-slate-900">{e.text}</span>
            {onOpenBefore && (
              <button type="button" data-testid="map-before" onClick={() => onOpenBefore(e.time)} title="Open the map as it was just before this change (nothing can be changed there)"
                className="ml-2 rounded px-1 text-xs text-sky-700 underline hover:bg-sky-50">
                map before this
              </button>
            )}
          </li>
        ))}
      </ol>
    </SidePanel>
  );
}
