/**
 * Two records equal key by key: the same keys, each pair of values identical or `same`. Node data is
 * rebuilt on every update while the engine objects in it keep their identity when unchanged
 * (applyTopologyDiff), so identity settles most keys and `same` runs only for what was rebuilt.
 */
export function sameEntries(a: Record<string, unknown>, b: Record<string, unknown>, same: (x: unknown, y: unknown) => boolean): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => k in b && (a[k] === b[k] || same(a[k], b[k])));
}
