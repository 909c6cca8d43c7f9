/**
 * Whether the canvas has framed its first map (useFitUntilMoved), for the server-drawn first picture
 * (PreviewLayer) to give way to it: the page has one live canvas, so this is page-wide state.
 */
let framed = false;
const waiting = new Set<() => void>();

/** The canvas shows its first map, framed: called once the frame with it has been painted. */
export function markMapFramed(): void {
  if (framed) return;
  framed = true;
  for (const run of waiting) run();
  waiting.clear();
}

/** Runs `run` once the canvas has framed its first map (at once if it has); returns the unsubscribe. */
export function whenMapFramed(run: () => void): () => void {
  if (framed) {
    run();
    return () => undefined;
  }
  waiting.add(run);
  return () => void waiting.delete(run);
}
