/**
 * Deep structural equality of two JSON values: what decides whether an element of the topology
 * changed, so that only changed ones travel. A key whose value is `undefined` counts as absent,
 * as it does once `JSON.stringify` has sent it; key order does not matter, array order does.
 * With `skip`, a key of that name is left out at every depth (as if absent on both sides).
 * Pure; expects plain JSON data (no Dates, Maps or cycles).
 */
export function jsonEqual(a: unknown, b: unknown, skip?: string): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((x, i) => jsonEqual(x, b[i], skip));
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = definedKeys(x, skip);
  return keys.length === definedKeys(y, skip).length && keys.every((k) => Object.hasOwn(y, k) && jsonEqual(x[k], y[k], skip));
}

function definedKeys(o: Record<string, unknown>, skip: string | undefined): string[] {
  return Object.keys(o).filter((k) => o[k] !== undefined && k !== skip);
}
