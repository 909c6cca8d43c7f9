'use client';
import { useEffect, useRef, useState } from 'react';

/**
 * "Export": the map as a snapshot file (netatlas.snapshot/1, GET /api/snapshot) to keep, send with a
 * bug report, or compare later. The browser downloads it; nothing is kept on the server.
 */
export default function ExportMenu() {
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
      {open && (
        <div role="menu" aria-label="Export" className="absolute right-0 z-20 mt-1 w-56 rounded-md border border-slate-200 bg-white py-1 text-sm shadow-lg">
          <a role="menuitem" href="/api/snapshot" download onClick={() => setOpen(false)}
            title="The whole map as JSON (netatlas.snapshot/1): every engine, network, container, address and port; no environment values, only allowed labels"
            className="block px-3 py-1.5 text-slate-800 hover:bg-sky-50">
            Snapshot (JSON)
          </a>
        </div>
      )}
    </div>
  );
}
