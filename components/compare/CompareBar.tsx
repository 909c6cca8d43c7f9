'use client';
import { useState } from 'react';
import type { CompareView } from '@/lib/graph/compare-view';
import { takenAtText } from '../snapshot/snapshot-words';
import { useCompare } from './use-compare';

const plural = (n: number, word: string) => `${n} ${word}`;

/**
 * While comparing: with what, how much changed (added, removed, changed), the changes in words on
 * demand, and the way out. Refusals of a compared file are said here too.
 */
export default function CompareBar({ view }: { view: CompareView | null }) {
  const compare = useCompare();
  const [listOpen, setListOpen] = useState(true);
  if (compare.error) {
    return (
      <div role="alert" data-testid="compare-error" className="flex items-center gap-3 border-b border-red-200 bg-red-50 px-4 py-1.5 text-sm text-red-800">
        <span>{compare.error}</span>
        <button type="button" onClick={compare.stop} aria-label="Dismiss" className="ml-auto rounded px-2 text-red-700 hover:bg-red-100">✕</button>
      </div>
    );
  }
  if (!compare.against || !view) return null;
  const { counts, sentences } = view;
  return (
    <section data-testid="compare-bar" aria-label="Comparison" className="border-b border-amber-200 bg-amber-50 px-4 py-1.5 text-sm text-amber-950">
      <div className="flex items-center gap-x-3">
        <span className="min-w-0 flex-1">
          <strong>Compared with {compare.against.name}</strong> (taken at {takenAtText(compare.against.snapshot.takenAt)}):{' '}
          <span data-testid="compare-counts">
            {sentences.length === 0 ? 'nothing changed' : `${plural(counts.added, 'added')}, ${plural(counts.removed, 'removed')}, ${plural(counts.changed, 'changed')}`}
          </span>
          {sentences.length > 0 && ' — new in green, changed in amber, removed drawn as ghosts.'}
        </span>
        {sentences.length > 0 && (
          <button type="button" aria-expanded={listOpen} onClick={() => setListOpen((v) => !v)} className="shrink-0 rounded border border-amber-300 bg-white px-2 py-0.5 text-xs hover:bg-amber-100">
            {listOpen ? 'Hide the list' : 'Show the list'}
          </button>
        )}
        <button type="button" onClick={compare.stop} className="shrink-0 rounded border border-amber-300 bg-white px-2 py-0.5 text-xs font-medium hover:bg-amber-100">Stop comparing</button>
      </div>
      {listOpen && sentences.length > 0 && (
        <ul data-testid="compare-list" className="mt-1 max-h-32 list-disc overflow-y-auto pl-5 text-xs">
          {sentences.map((s, i) => <li key={i}>{s}</li>)}
        </ul>
      )}
    </section>
  );
}
