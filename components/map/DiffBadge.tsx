import type { DiffMark } from '@/lib/graph/diff-marks';
import { DIFF_SENTENCE, DIFF_WORD } from '@/lib/graph/diff-words';

const TONE: Record<DiffMark, string> = {
  added: 'bg-emerald-100 text-emerald-900',
  changed: 'bg-amber-100 text-amber-900',
  removed: 'bg-slate-200 text-slate-700',
};

/** A node's frame when compared with a snapshot: its border colour (and style), and its opacity. */
export const DIFF_BORDER: Record<DiffMark, string> = {
  added: 'border-emerald-500',
  changed: 'border-amber-500',
  removed: 'border-dashed border-slate-400 opacity-50',
};

/** The ring around a marked node (a selected node's own ring takes its place); a ghost has none. */
export const DIFF_RING: Record<DiffMark, string> = {
  added: 'ring-2 ring-emerald-400',
  changed: 'ring-2 ring-amber-400',
  removed: '',
};

/**
 * "new", "changed", "removed": real text (read by screen readers, found by the browser's find).
 * `size`: `name` is a name's size under its zoom class (za-name), growing and going with the name;
 * `detail` is small print (za-detail), left out where addresses are — the node's colour says it
 * there. Inline-block: a struck-through name around it does not strike it.
 */
export default function DiffBadge({ mark, size = 'name', className = '' }: { mark: DiffMark; size?: 'name' | 'detail'; className?: string }) {
  const text = size === 'name' ? 'za-name text-[14px]' : 'za-detail text-[12px]';
  return (
    <span data-testid="diff-badge" data-diff={mark} title={DIFF_SENTENCE[mark]}
      className={`${text} inline-block shrink-0 rounded px-1 font-semibold leading-tight no-underline shadow-sm ${TONE[mark]} ${className}`}>
      {DIFF_WORD[mark]}
    </span>
  );
}
