import type { CollectionDiff } from './collection-diff';
import { topologyKeys, type TopologyDiff } from './topology-diff';
import type { Topology } from './types';

type Counts = { added: number; changed: number; removed: number };

function count<T>(before: T[], diff: CollectionDiff<T> | undefined, keyOf: (t: T) => string): Counts {
  if (!diff) return { added: 0, changed: 0, removed: 0 };
  const had = new Set(before.map(keyOf));
  if ('reset' in diff) {
    const now = new Set(diff.reset.map(keyOf));
    const kept = [...now].filter((k) => had.has(k)).length;
    return { added: now.size - kept, changed: kept, removed: [...had].filter((k) => !now.has(k)).length };
  }
  const added = diff.upsert.filter((t) => !had.has(keyOf(t))).length;
  return { added, changed: diff.upsert.length - added, removed: diff.remove.length };
}

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

function words(n: Counts, one: string): string[] {
  return [
    n.added ? `${plural(n.added, one)} added` : '',
    n.removed ? `${plural(n.removed, one)} removed` : '',
    n.changed ? `${plural(n.changed, one)} changed` : '',
  ].filter(Boolean);
}

/**
 * A change of the map in a few words, for the timeline: "1 container added, 2 endpoints added".
 * `before` is the map the diff applies to (it tells an added element from a changed one). Pure.
 */
export function summarizeDiff(before: Topology, diff: TopologyDiff): string {
  const parts = [
    ...words(count(before.networks, diff.networks, topologyKeys.networks), 'network'),
    ...words(count(before.containers, diff.containers, topologyKeys.containers), 'container'),
    ...words(count(before.endpoints, diff.endpoints, topologyKeys.endpoints), 'endpoint'),
  ];
  if (diff.swarms) parts.push('swarm changed');
  if (diff.engines || diff.engine) parts.push('engine state changed');
  if (diff.problems !== undefined) parts.push('configuration problems changed');
  return parts.join(', ') || 'no visible change';
}
