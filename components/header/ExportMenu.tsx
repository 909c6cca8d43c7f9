'use client';
import { useEffect, useRef, useState } from 'react';
import type { ImageKind } from '../map/render-map-image';

interface Props {
  /** Draws the whole map as a picture and offers it as a download. */
  onImage: (kind: ImageKind) => void;
  /** The picture being made, if any. */
  busy: ImageKind | null;
  /** Why the last picture could not be made, in words. */
  error: string | null;
}

const ITEM = 'block w-full px-3 py-1.5 text-left text-slate-800 hover:bg-sky-50';

/**
 * "Export": the whole map as a picture (PNG, or SVG whose text stays text), as it is drawn — filters,
 * grouping and collapsed groups kept — or as a snapshot file (netatlas.snapshot/1, GET /api/snapshot)
 * to keep, send with a bug report, or compare later. The browser downloads it; nothing is kept on the server.
 */
export default function ExportMenu({ onImage, busy, error }: Props) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const close = (e: Event) => {
      if (e instanceof KeyboardEvent ? e.key === 'Escape' : !root.current?.contains(e.target as Node)) setOpen(false);
    };
    window.addEventListener('pointerdown', close);
    window.addEventListener('keydown', close);
    return () => {
      window.removeEventListener('pointerdown', close);
      window.removeEventListener('keydown', close);
    };
  }, [open]);
  return (
    <div ref={root} className="relative">
      <button type="button" aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen((v) => !v)}
        className="rounded-md border border-slate-300 px-2 py-1 text-xs text-slate-700 hover:bg-slate-50">
        Export
      </button>
      {busy && <span role="status" className="ml-2 text-xs text-slate-600">Drawing the {busy.toUpperCase()}…</span>}
      {error && !busy && <span role="alert" data-testid="export-error" className="ml-2 text-xs text-red-700">{error}</span>}
      {open && (
        <div role="menu" aria-label="Export" className="absolute right-0 z-20 mt-1 w-56 rounded-md border border-slate-200 bg-white py-1 text-sm shadow-lg">
          {(['png', 'svg'] as const).map((kind) => (
            <button key={kind} type="button" role="menuitem" disabled={busy !== null} onClick={() => { setOpen(false); onImage(kind); }}
              title={kind === 'png' ? 'The whole map as drawn (filters and grouping kept), one pixel per canvas pixel' : 'The whole map as drawn; its text stays text'}
              className={`${ITEM} disabled:text-slate-400`}>
              {kind.toUpperCase()}
            </button>
          ))}
          <a role="menuitem" href="/api/snapshot" download onClick={() => setOpen(false)}
            title="The whole map as JSON (netatlas.snapshot/1): every engine, network, container, address and port; no environment values, only allowed labels"
            className={ITEM}>
            Snapshot (JSON)
          </a>
        </div>
      )}
    </div>
  );
}
