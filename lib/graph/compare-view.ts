import { compareTopologies, sentences, type TopologyComparison } from '../topology/compare-topologies';
import type { Topology } from '../topology/types';
import { comparedTopology, diffMarks, type DiffMark, type DiffMarks } from './diff-marks';

/** What the map draws while comparing: both maps in one, the marks, and the changes in words. */
export interface CompareView {
  comparison: TopologyComparison;
  /** `after` with what `before` had and `after` lost, to be drawn as ghosts. */
  drawn: Topology;
  marks: DiffMarks;
  /** Every change, one sentence each: networks, containers, endpoints, ports. */
  sentences: string[];
  /** How many changes of each kind, over every list. */
  counts: Record<DiffMark, number>;
}

/** The comparison of `before` (a snapshot) with `after` (the map shown), ready to draw. Pure. */
export function compareView(before: Topology, after: Topology): CompareView {
  const comparison = compareTopologies(before, after);
  const counts = { added: 0, removed: 0, changed: 0 };
  for (const list of [comparison.networks, comparison.containers, comparison.endpoints, comparison.ports]) {
    for (const change of list) counts[change.kind]++;
  }
  return { comparison, drawn: comparedTopology(before, after, comparison), marks: diffMarks(comparison), sentences: sentences(comparison), counts };
}
