'use client';
import { useMemo } from 'react';
import { isFiltered, type MapFilter } from '@/lib/graph/map-filter';
import type { Topology } from '@/lib/topology/types';

interface Props {
  /** Everything the engines have (the choices come from it). */
  topology: Topology;
  /** What the map draws after the filter. */
  shownCount: number;
  filter: MapFilter;
  onChange: (filter: MapFilter) => void;
}

const SELECT = 'rounded border border-slate-300 bg-white px-1.5 py-0.5 text-sm';

/**
 * Narrows the map before it is drawn: a compose project, a network, running or stopped, what the
 * doctor flags, and the focus (a container's or network's neighbourhood; F on a selected node); and
 * how it is grouped (by networks or by compose project). Says how much of the map is shown; every
 * choice is in the URL.
 */
export default function FilterBar({ topology, shownCount, filter, onChange }: Props) {
  const projects = useMemo(() => [...new Set(topology.containers.map((c) => c.compose?.project).filter((p): p is string => Boolean(p)))].sort(), [topology]);
  const networks = useMemo(() => topology.networks.map((n) => n.name).sort(), [topology]);
  const set = (patch: Partial<MapFilter>) => onChange(Object.fromEntries(Object.entries({ ...filter, ...patch }).filter(([, v]) => v)) as MapFilter);
  return (
    <div role="group" aria-label="Filter the map" data-testid="filter-bar" className="flex flex-wrap items-center gap-x-4 gap-y-1 border-b border-slate-200 bg-white px-4 py-1 text-sm text-slate-700">
      {projects.length > 0 && (<>
        <label className="flex items-center gap-1" title="Boxes of containers on the same networks, or one box per compose project">Group by
          <select className={SELECT} value={filter.group ?? ''} onChange={(e) => set({ group: (e.target.value || undefined) as MapFilter['group'] })}>
            <option value="">networks</option>
            <option value="project">compose project</option>
          </select>
        </label>
        <label className="flex items-center gap-1">Project
          <select className={SELECT} value={filter.project ?? ''} onChange={(e) => set({ project: e.target.value || undefined })}>
            <option value="">all</option>
            {projects.map((p) => <option key={p} value={p}>{p}</option>)}
          </select>
        </label>
      </>)}
      <label className="flex items-center gap-1">Network
        <select className={SELECT} value={filter.network ?? ''} onChange={(e) => set({ network: e.target.value || undefined })}>
          <option value="">all</option>
          {networks.map((n) => <option key={n} value={n}>{n}</option>)}
        </select>
      </label>
      <label className="flex items-center gap-1">State
        <select className={SELECT} value={filter.state ?? ''} onChange={(e) => set({ state: (e.target.value || undefined) as MapFilter['state'] })}>
          <option value="">all</option>
          <option value="running">running</option>
          <option value="stopped">stopped</option>
        </select>
      </label>
      <label className="flex items-center gap-1">
        <input type="checkbox" checked={Boolean(filter.flagged)} onChange={(e) => set({ flagged: e.target.checked || undefined })} />
        Only what the doctor flags
      </label>
      {filter.focus ? (
        <span data-testid="focus-chip" className="flex items-center gap-1 rounded bg-sky-50 px-2 py-0.5 text-sky-900">
          Focused on {filter.focus} and its neighbours
          <button type="button" aria-label="End the focus" title="End the focus (Esc)" onClick={() => set({ focus: undefined })} className="px-1 hover:text-sky-600">✕</button>
        </span>
      ) : (
        <span className="text-xs text-slate-500">Select a container or network and press F to focus on its neighbourhood.</span>
      )}
      {isFiltered(filter) && (
        <span className="ml-auto flex items-center gap-3">
          <span data-testid="filter-count">Showing {shownCount} of {topology.containers.length} containers</span>
          <button type="button" onClick={() => onChange(filter.group ? { group: filter.group } : {})} className="rounded border border-slate-300 px-2 py-0.5 hover:bg-slate-100">Clear filters</button>
        </span>
      )}
    </div>
  );
}
