import { buildGraph } from '../graph/build-graph';
import type { CanvasSize } from '../graph/canvas-size';
import { EMPTY_PICTURE, overviewPicture } from '../graph/first-picture';
import { DEFAULT_VIEW } from '../graph/map-view';
import { openingLevel } from '../graph/opening-level';
import { withoutProbeHelpers } from '../graph/without-probe-helpers';
import { engineFacts, type EngineFacts } from '../topology/engine-facts';
import type { Topology } from '../topology/types';

/**
 * The map's first picture for a page whose canvas is `canvas`: the overview as SVG markup when the page
 * will open on the overview (a big host, see openingLevel), else none (EMPTY_PICTURE: the page's own
 * drawing comes soon enough there). The page shows it while its scripts load and start (PreviewLayer).
 */
export function firstPicture(topology: Topology | null, canvas: CanvasSize): string {
  if (!topology) return EMPTY_PICTURE;
  const shown = withoutProbeHelpers(topology);
  if (openingLevel(shown, DEFAULT_VIEW, canvas) !== 'overview') return EMPTY_PICTURE;
  return overviewPicture(buildGraph(shown, 'overview', DEFAULT_VIEW), canvas);
}

/**
 * The header's facts of the map the page opens on (every host, no filter, netatlas's own probe helpers
 * left out, as the page counts them): sent with the page, so that the header names the engine from the
 * first paint instead of "No engine data yet" beside a map already on screen.
 */
export function firstFacts(topology: Topology | null): EngineFacts | undefined {
  return topology ? engineFacts(withoutProbeHelpers(topology)) : undefined;
}
