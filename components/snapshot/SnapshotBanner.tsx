'use client';
import type { OpenedSnapshot } from '../dashboard/map-source';
import { originText, takenAtText } from './snapshot-words';

/** Under the header while a snapshot is shown: of what, when, from where; that nothing is live; the way back. */
export default function SnapshotBanner({ opened, onClose }: { opened: OpenedSnapshot; onClose: (() => void) | null }) {
  const { takenAt, topology } = opened.snapshot;
  return (
    <div role="note" data-testid="snapshot-banner" className="flex items-center gap-3 border-b border-indigo-200 bg-indigo-50 px-4 py-1.5 text-sm text-indigo-950">
      <span>
        <strong>{opened.from === 'history' ? 'The map as it was at' : 'Snapshot taken at'} {takenAtText(takenAt)} on host {topology.engine.name}</strong>
        {' '}— {originText(opened)}. Nothing here is live: changes and live probes are off.
      </span>
      {onClose && (
        <button type="button" onClick={onClose} className="ml-auto shrink-0 rounded border border-indigo-300 bg-white px-2 py-0.5 text-xs font-medium text-indigo-900 hover:bg-indigo-100">
          Back to the live map
        </button>
      )}
    </div>
  );
}
