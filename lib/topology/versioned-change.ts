import type { TopologyDiff } from './topology-diff';

/** One change as the stream carries it: the diff that turns version `from` into version `to`. */
export interface VersionedChange {
  from: number;
  to: number;
  diff: TopologyDiff;
}

/** What a client does with a change: patch its model, drop it, or read the whole topology again. */
export type ChangeAction = 'apply' | 'ignore' | 'refetch';

/**
 * What a client holding version `version` does with `change`: apply it when it starts where the client
 * is; ignore it when the client already has its result (a change that crossed a refetch); otherwise
 * a change was missed, and patching would build on the wrong base, so refetch. Pure.
 */
export function toChangeAction(version: number, change: Pick<VersionedChange, 'from' | 'to'>): ChangeAction {
  if (change.from === version) return 'apply';
  if (change.to <= version) return 'ignore';
  return 'refetch';
}
