import type { MapGraph } from './types';

/**
 * Whether `graph` should be laid out afresh rather than merged into what is on screen. Keeping
 * positions is what makes a live map readable, but only while most of it is the same map: on the
 * first read, or when more than half of the nodes are new (the engine came back with another world,
 * the user switched engines), the few old positions would only scatter a fresh layout.
 */
export function needsFreshLayout(graph: MapGraph, onScreen: ReadonlySet<string>, first: boolean): boolean {
  return first || graph.nodes.filter((n) => !onScreen.has(n.id)).length > graph.nodes.length / 2;
}
