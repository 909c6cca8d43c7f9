'use client';
import { useState } from 'react';
import type { Topology } from '@/lib/topology/types';

/**
 * Which engine a create or prune goes to: the engine picked on the map, else the first live one.
 * Returns the choice and a select that shows only when there is more than one engine.
 */
export function useEngineChoice(topology: Topology, preferred?: string | null) {
  const usable = topology.engines.filter((e) => e.state !== 'misconfigured');
  const initial = usable.find((e) => e.id === preferred)?.id ?? usable.find((e) => e.state === 'live')?.id ?? usable[0]?.id ?? 'default';
  const [engineId, setEngineId] = useState(initial);
  const engine = topology.engines.find((e) => e.id === engineId);
  const select = usable.length > 1 ? (
    <label className="block">
      <span className="text-xs font-medium text-slate-500">On host</span>
      <select name="engine" data-testid="engine-select" value={engineId} onChange={(e) => setEngineId(e.target.value)}
        className="w-full rounded border border-slate-300 px-2 py-1 text-[13px] focus:border-sky-500 focus:outline-none">
        {usable.map((e) => <option key={e.id} value={e.id}>{e.name} ({e.host}){e.state === 'live' ? '' : ` · ${e.state}`}</option>)}
      </select>
    </label>
  ) : null;
  return { engineId, engine, select };
}
