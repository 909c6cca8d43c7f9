import { DEFAULT_HISTORY_LIMITS, type HistoryLimits } from '../topology/topology-history';

/** The history's bounds from NETATLAS_HISTORY_CHANGES and NETATLAS_HISTORY_MB, and what was wrong with them. */
export interface HistorySettings {
  limits: HistoryLimits;
  /** False with NETATLAS_HISTORY_CHANGES=0: no history, and no following the engines while no page is open. */
  enabled: boolean;
  problems: string[];
}

function whole(raw: string | undefined, name: string, fallback: number, problems: string[], scale = 1): number {
  const text = raw?.trim();
  if (!text) return fallback;
  if (!/^\d+$/.test(text)) {
    problems.push(`${name}=${text.slice(0, 40)} is not a whole number; using ${fallback / scale}.`);
    return fallback;
  }
  return Number(text) * scale;
}

/**
 * How much of the map's history this server keeps (README: configuration). Bad values fall back to the
 * defaults (5,000 changes, 64 MB) with a sentence saying so, for the server log.
 */
export function historySettings(env: Record<string, string | undefined> = process.env): HistorySettings {
  const problems: string[] = [];
  const maxChanges = whole(env.NETATLAS_HISTORY_CHANGES, 'NETATLAS_HISTORY_CHANGES', DEFAULT_HISTORY_LIMITS.maxChanges, problems);
  const mb = 1024 * 1024;
  let maxBytes = whole(env.NETATLAS_HISTORY_MB, 'NETATLAS_HISTORY_MB', DEFAULT_HISTORY_LIMITS.maxBytes, problems, mb);
  if (maxBytes === 0) {
    problems.push(`NETATLAS_HISTORY_MB=0 keeps nothing; set NETATLAS_HISTORY_CHANGES=0 to turn the history off. Using ${DEFAULT_HISTORY_LIMITS.maxBytes / mb}.`);
    maxBytes = DEFAULT_HISTORY_LIMITS.maxBytes;
  }
  return { limits: { maxChanges, maxBytes }, enabled: maxChanges > 0, problems };
}
