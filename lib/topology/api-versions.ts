/**
 * Engine API version arithmetic, pure: what the engine adapter negotiates with, and what request
 * checks (shared with the browser) use to say a field needs a newer engine.
 */

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

/** True when the engine's API is at least `version` (e.g. `GwPriority` needs 1.48). */
export function apiAtLeast(apiVersion: string, version: string): boolean {
  return compareApiVersions(apiVersion, version) >= 0;
}
