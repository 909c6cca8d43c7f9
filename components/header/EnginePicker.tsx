'use client';
import type { Topology } from '@/lib/topology/types';

const DOT: Record<string, string> = { live: '●', connecting: '○', reconnecting: '✕', unreachable: '✕', misconfigured: '!' };

/** Which engines the map shows: all hosts, or one. Only there when more than one engine is configured. */
export default function EnginePicker({ topology, value, onChange }: { topology: Topology | undefined; value: string | null; onChange: (id: string | null) => void }) {
  if (!topology || topology.engines.length < 2) return null;
  return (
    <label className="flex items-center gap-1.5 text-sm text-slate-700">
      <span className="text-xs text-slate-500">Hosts</span>
      <select data-testid="engine-picker" aria-label="Engine" value={value ?? ''} onChange={(e) => onChange(e.target.value || null)}
        className="rounded border border-slate-300 bg-white px-1.5 py-0.5 text-sm">
        <option value="">All hosts ({topology.engines.length})</option>
        {topology.engines.map((e) => (
          <option key={e.id} value={e.id}>{DOT[e.state] ?? ''} {e.name}{e.state === 'live' ? '' : ` (${e.state})`}</option>
        ))}
      </select>
    </label>
  );
}
