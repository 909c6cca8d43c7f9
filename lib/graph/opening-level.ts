import { buildGraph } from './build-graph';
import type { CanvasSize } from './canvas-size';
import { chooseMapLevel, graphBounds, surelyOverview } from './map-level';
import type { MapView } from './map-view';
import type { MapLevel } from './types';
import type { Topology } from '../topology/types';

/**
 * The level a map opens at in a canvas of `size`, as the page chooses it (useMapLevel): the overview
 * when so many containers cannot fit legibly however laid out, else as the container view's own size
 * decides (chooseMapLevel). The server draws its first picture (first-picture.ts) at this level.
 */
export function openingLevel(topology: Topology, view: MapView, size: CanvasSize): MapLevel {
  if (view.collapsed.size === 0 && surelyOverview(topology.containers.length, size.width, size.height)) return 'overview';
  return chooseMapLevel(graphBounds(buildGraph(topology, 'containers', view)), size.width, size.height);
}
