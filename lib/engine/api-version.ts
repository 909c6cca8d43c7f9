/**
 * Engine API versions netatlas speaks. The tests run against Engine 20.10 (API 1.41); newer engines
 * still answer requests made at 1.41 in that shape (short id among the aliases), so 1.41 is the
 * ceiling until a newer engine is part of the test matrix.
 */
export const MAX_TESTED_API_VERSION = '1.41';
/** Oldest API whose network and container shapes netatlas understands (Docker 1.13). */
export const MIN_API_VERSION = '1.25';

/** Compares dotted API versions numerically: negative when a < b. */
export function compareApiVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** The version to speak: the lower of the engine's and the highest tested; null when the engine is too old. */
export function negotiateApiVersion(engineVersion: string): string | null {
  if (!/^\d+\.\d+$/.test(engineVersion)) return null;
  if (compareApiVersions(engineVersion, MIN_API_VERSION) < 0) return null;
  return compareApiVersions(engineVersion, MAX_TESTED_API_VERSION) < 0 ? engineVersion : MAX_TESTED_API_VERSION;
}
