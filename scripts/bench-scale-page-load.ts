/**
 * Code that `npm run bench:scale` runs inside the dashboard page while it loads or switches level:
 * when the first container (or overview cluster) is on screen, and where the load's time went.
 * Self-contained functions, as in bench-scale-page.ts (Playwright serialises them).
 */

/** What the load probes keep on `window`. */
interface LoadWindow {
  __benchFirst?: FirstShown;
}

/** The page's clock (ms since navigation start) at the first frame showing each kind of node. */
export interface FirstShown {
  /** A container node (`[data-testid="container-node"]`). */
  container?: number;
  /** A cluster of the overview (`[data-testid="cluster-node"]`): the containers of a group as one box. */
  cluster?: number;
  /**
   * The server's first picture of the map (`[data-testid="first-picture"]`, an SVG in the HTML:
   * PreviewLayer) on screen: the map drawn before the page's scripts have started (only where it
   * opens on the overview).
   */
  picture?: number;
  /** When watching after a level switch: the click that switched. */
  clickAt?: number;
}

/**
 * Init script: the page's own clock at the first animation frame in which a container node, or an
 * overview cluster, is on screen (laid out, not hidden by React Flow before measuring, inside the
 * window), and at the first in which the server's first picture is (laid out, with a size). Runs from
 * the first frame, before any app code, and stops once the canvas shows either node (a loop left
 * running would be counted as the page's idle CPU).
 */
export function markFirstMapNode(): void {
  const w = window as unknown as LoadWindow;
  const seen: FirstShown = {};
  w.__benchFirst = seen;
  const shown = (sel: string) => Array.from(document.querySelectorAll(sel)).some((el) => {
    const r = el.getBoundingClientRect();
    const wrapper = el.closest('.react-flow__node') ?? el;
    return r.width > 0 && r.height > 0 && r.right > 0 && r.bottom > 0 && r.left < innerWidth && r.top < innerHeight
      && getComputedStyle(wrapper).visibility !== 'hidden';
  });
  const pictured = () => Array.from(document.querySelectorAll('[data-testid="first-picture"]')).some((svg) => {
    const r = svg.getBoundingClientRect();
    return r.width > 0 && r.height > 0;
  });
  const check = () => {
    const now = performance.now();
    if (seen.picture === undefined && pictured()) seen.picture = now;
    if (shown('[data-testid="container-node"]')) seen.container = now;
    if (shown('[data-testid="cluster-node"]')) seen.cluster = now;
    if (seen.container === undefined && seen.cluster === undefined) requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

/** What the init script (or {@link watchFirstContainer}) has seen so far; null while nothing. */
export function firstShown(): FirstShown | null {
  const seen = (window as unknown as LoadWindow).__benchFirst;
  return seen && (seen.container !== undefined || seen.cluster !== undefined) ? seen : null;
}

/** Where a load's time went, in the page's clock (ms since navigation start); null when not seen. */
export interface LoadPhases {
  /** The HTML document fully received. */
  document: number | null;
  domContentLoaded: number | null;
  /** The first GET /api/topology received in full (an EventSource gets no timing entry until it ends). */
  topology: number | null;
}

/** The load's milestones from Navigation and Resource Timing. */
export function loadPhases(): LoadPhases {
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  const res = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
  const first = (part: string) => res.find((r) => r.name.includes(part));
  const at = (x: number | undefined) => (x ? Math.round(x) : null);
  return {
    document: at(nav?.responseEnd), domContentLoaded: at(nav?.domContentLoadedEventEnd),
    topology: at(first('/api/topology')?.responseEnd),
  };
}

/**
 * Watches again, from the next click on, for the first frame with a container node on screen: the
 * time a level switch takes to draw, counted from the click event itself.
 */
export function watchFirstContainer(): void {
  const w = window as unknown as LoadWindow;
  const seen: FirstShown = {};
  w.__benchFirst = seen;
  document.addEventListener('click', () => { seen.clickAt = performance.now(); }, { capture: true, once: true });
  const check = () => {
    const hit = Array.from(document.querySelectorAll('[data-testid="container-node"]')).some((el) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.bottom > 0 && r.top < innerHeight && getComputedStyle(el.closest('.react-flow__node') ?? el).visibility !== 'hidden';
    });
    if (hit) seen.container = performance.now();
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

/** Click -> first container on screen, ms, once {@link watchFirstContainer} has seen both; else null. */
export function switchDrawnMs(): number | null {
  const seen = (window as unknown as LoadWindow).__benchFirst;
  return seen?.container !== undefined && seen.clickAt !== undefined ? seen.container - seen.clickAt : null;
}

/** Which level the map shows: the level switch's checked radio, or `containers` when there is no switch. */
export function mapLevel(): 'overview' | 'containers' {
  const checked = document.querySelector('[role="radiogroup"][aria-label="Map level"] [aria-checked="true"]');
  return checked?.textContent?.trim().toLowerCase() === 'overview' ? 'overview' : 'containers';
}
