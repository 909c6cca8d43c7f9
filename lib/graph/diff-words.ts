import type { DiffMark } from './diff-marks';
import type { DiffCounts } from './types';

/** A mark as the map's badge says it. */
export const DIFF_WORD: Record<DiffMark, string> = { added: 'new', changed: 'changed', removed: 'removed' };

/** A mark as a tooltip says it. */
export const DIFF_SENTENCE: Record<DiffMark, string> = {
  added: 'new since the snapshot',
  changed: 'changed since the snapshot',
  removed: 'removed since the snapshot (drawn as it was)',
};

/** A cluster's marked members in words, most telling first: `2 new · 1 removed`, `3 changed`. */
export function diffCountsText(counts: DiffCounts): string {
  return (['added', 'removed', 'changed'] as const)
    .filter((k) => counts[k] > 0)
    .map((k) => `${counts[k]} ${DIFF_WORD[k]}`)
    .join(' · ');
}
