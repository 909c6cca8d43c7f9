'use client';
import { useMemo, useState } from 'react';
import { searchMap, type SearchHit } from '@/lib/graph/search-map';
import type { Topology } from '@/lib/topology/types';

/** Finds a container or network by name, IP, subnet or DNS name; picking a hit centres it. */
export default function SearchBox({ topology, onPick }: { topology: Topology | undefined; onPick: (hit: SearchHit) => void }) {
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const hits = useMemo(() => (topology ? searchMap(topology, query) : []), [topology, query]);
  const pick = (hit: SearchHit) => {
    onPick(hit);
    setOpen(false);
  };
  return (
    <div className="relative w-80">
      <input
        type="search"
        role="searchbox"
        aria-label="Search containers, networks, IPs, DNS names"
        placeholder="Search name, IP, DNS name…"
        value={query}
        onChange={(e) => { setQuery(e.target.value); setOpen(true); }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && hits[0]) pick(hits[0]);
          if (e.key === 'Escape') setOpen(false);
        }}
        className="w-full rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm outline-none focus:border-sky-500 focus:ring-1 focus:ring-sky-500"
      />
      {open && query.trim() && (
        <ul role="listbox" aria-label="Search results" className="absolute z-20 mt-1 max-h-80 w-full overflow-auto rounded-md border border-slate-200 bg-white py-1 text-sm shadow-lg">
          {hits.length === 0 && <li className="px-3 py-2 text-slate-500">Nothing matches “{query.trim()}”.</li>}
          {hits.map((hit) => (
            <li key={hit.nodeId} role="option" aria-selected={false}>
              <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={() => pick(hit)} className="block w-full px-3 py-1.5 text-left hover:bg-sky-50">
                <span className="font-medium text-slate-900">{hit.title}</span>
                <span className="ml-2 text-xs text-slate-500">{hit.why}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
