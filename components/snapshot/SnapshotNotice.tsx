'use client';
import { useOpener } from './use-snapshot-opener';

/** What the opener is doing, or why a file was refused (the map on screen stays as it was). */
export default function SnapshotNotice() {
  const { busy, error, dismissError } = useOpener();
  if (busy) return <div role="status" data-testid="snapshot-busy" className="border-b border-slate-200 bg-white px-4 py-1.5 text-sm text-slate-700">{busy}</div>;
  if (!error) return null;
  return (
    <div role="alert" data-testid="snapshot-error" className="flex items-center gap-3 border-b border-red-200 bg-red-50 px-4 py-1.5 text-sm text-red-800">
      <span>{error}</span>
      <button type="button" onClick={dismissError} aria-label="Dismiss" className="ml-auto rounded px-2 text-red-700 hover:bg-red-100">✕</button>
    </div>
  );
}
