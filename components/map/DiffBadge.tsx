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
 * "new", "changed", "removed": real text (read by screen readers, found by the browser's find), at a
 * name's size and under its zoom class (za-name), so it grows and goes with the name. Inline-block: a
 * struck-through name around it does not strike it.
 */
export default function DiffBadge({ mark, className = '' }: { mark: DiffMark; className?: string }) {
  return (
    <span data-testid="diff-badge" data-diff={mark} title={DIFF_SENTENCE[mark]}
      className={`za-name inline-block shrink-0 rounded px-1 text-[14px] font-semibold leading-tight no-underline ${TONE[mark]} ${className}`}>
      {DIFF_WORD[mark]}
    </span>
  );
}
