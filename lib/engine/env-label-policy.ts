import { buildLabelPolicy, type LabelPolicy } from '../topology/label-policy';
import { parseShowLabels } from '../topology/parse-show-labels';
import type { ConfigProblem } from '../topology/types';

/**
 * The label policy of this server: the allowlist plus `NETATLAS_SHOW_LABELS`. An unusable setting is
 * a configuration problem (shown on the page, logged) and adds nothing: a typo withholds values, it
 * never shows more than the allowlist.
 */
export function envLabelPolicy(env: Record<string, string | undefined> = process.env): { policy: LabelPolicy; problem: ConfigProblem | null } {
  const parsed = parseShowLabels(env.NETATLAS_SHOW_LABELS);
  if ('problem' in parsed) return { policy: buildLabelPolicy(), problem: { file: 'NETATLAS_SHOW_LABELS', field: '', message: parsed.problem } };
  return { policy: buildLabelPolicy(parsed.patterns), problem: null };
}
