import { DEFAULT_LABEL_POLICY, type LabelPolicy } from './label-policy';
import type { ShownLabels } from './types';

/**
 * An object's labels as the domain model carries them: every key, its value only where `policy`
 * shows it, `null` (withheld) elsewhere. The one place a raw label value is let through.
 */
export function toShownLabels(raw: Record<string, string> | null | undefined, policy: LabelPolicy = DEFAULT_LABEL_POLICY): ShownLabels {
  const shown: ShownLabels = {};
  for (const [key, value] of Object.entries(raw ?? {})) shown[key] = policy.shows(key) ? value : null;
  return shown;
}
