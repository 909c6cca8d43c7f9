'use client';
import type { ImageKind } from '../map/render-map-image';
import { MENU_BUTTON, MENU_ITEM, MENU_LIST, useMenu } from './use-menu';

interface Props {
  /** Draws the whole map as a picture and offers it as a download. */
  onImage: (kind: ImageKind) => void;
  /** The picture being made, if any. */
  busy: ImageKind | null;
  /** Why the last picture could not be made, in words. */
  error: string | null;
  /** Saves the snapshot on screen (when the map is one); otherwise the live map comes from GET /api/snapshot. */
  onSnapshot?: () => void;
}

/**
 * "Export": the whole map as a picture (PNG, or SVG whose text stays text), as it is drawn — filters,
 * grouping and collapsed groups kept — or as a snapshot file (netatlas.snapshot/1, GET /api/snapshot)
 * to keep, send with a bug report, or compare later. The browser downloads it; nothing is kept on the server.
 */
export default function ExportMenu({ onImage, busy, error, onSnapshot }: Props) {
  const { open, setOpen, root } = useMenu();
  return (
    <div ref={root} className="relative">
      <button type="button" aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen((v) => !v)} className={MENU_BUTTON}>
        Export
      </button>
      {busy && <span role="status" className="ml-2 text-xs text-slate-600">Drawing the {busy.toUpperCase()}…</span>}
      {error && !busy && <span role="alert" data-testid="export-error" className="ml-2 text-xs text-red-700">{error}</span>}
      {open && (
        <div role="menu" aria-label="Export" className={`${MENU_LIST} w-56`}>
          {(['png', 'svg'] as const).map((kind) => (
            <button key={kind} type="button" role="menuitem" disabled={busy !== null} onClick={() => { setOpen(false); onImage(kind); }}
              title={kind === 'png' ? 'The whole map as drawn (filters and grouping kept), one pixel per canvas pixel' : 'The whole map as drawn; its text stays text'}
              className={`${MENU_ITEM} disabled:text-slate-400`}>
              {kind.toUpperCase()}
            </button>
          ))}
          {onSnapshot ? (
            <button type="button" role="menuitem" onClick={() => { setOpen(false); onSnapshot(); }} title="This snapshot, saved again as it was opened" className={MENU_ITEM}>
              Snapshot (JSON)
            </button>
          ) : (
            <a role="menuitem" href="/api/snapshot" download onClick={() => setOpen(false)}
              title="The whole map as JSON (netatlas.snapshot/1): every engine, network, container, address and port; no environment values, only allowed labels"
              className={MENU_ITEM}>
              Snapshot (JSON)
            </a>
          )}
        </div>
      )}
    </div>
  );
}
