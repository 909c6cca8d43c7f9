import { AppError } from '../errors/app-error';

const FULL_ID = /^[0-9a-f]{64}$/;

/** A full 64-hex engine id (never a short id or prefix: a change must hit exactly what the user saw). */
export const isFullId = (s: string): boolean => FULL_ID.test(s);

/** How to read a candidate: its full id and the exact names it answers to (without the engine's leading slash). */
export interface RefKeys<T> {
  id: (x: T) => string;
  names: (x: T) => string[];
}

/**
 * The one rule for "which object is this reference": a full 64-hex id matches that id exactly and wins
 * over a name (as in the engine); otherwise the exact name (`/name` allowed for containers); a prefix or a
 * substring never matches. 404 naming the reference when nothing does. Used on the engine's list answers
 * (lib/engine/resolve-refs) and on the map (lib/api/topology-refs) alike.
 */
export function matchRef<T>(kind: 'container' | 'network', ref: string, candidates: T[], keys: RefKeys<T>): T {
  const name = kind === 'container' ? ref.replace(/^\//, '') : ref;
  const found = (isFullId(ref) ? candidates.find((x) => keys.id(x) === ref) : undefined) ?? candidates.find((x) => keys.names(x).includes(name));
  if (!found) throw new AppError('not_found', `No ${kind} "${name}" on this engine (give its full id or exact name).`);
  return found;
}
