/**
 * Code that `npm run bench:scale` runs inside the dashboard page once it is drawn: names, nodes in
 * view, frames, DOM mutations (bench-scale-page-load.ts has what runs while it loads). Each export is
 * a self-contained function (Playwright serialises it: no imports, no closures over this module), so
 * what the page reports is measured where the user's frames are made, not guessed from the outside.
 */

/** What the benchmark keeps on `window` between two evaluations. */
interface BenchWindow {
  __benchFrames?: { times: number[]; running: boolean };
  __benchMutations?: { records: number; targets: Record<string, number>; observer: MutationObserver };
}

/** One network name as drawn: its rendered size in screen pixels and whether it is inside the canvas. */
export interface DrawnName {
  name: string;
  px: number;
  inView: boolean;
  /** Drawn transparent: too small to read at this zoom, so left off the screen (still text in the DOM). */
  cleared: boolean;
}

/**
 * Every network name in the DOM: its `network-name` element, or else the innermost element of its
 * node whose text is the name (the app puts zero-width spaces in it to let it wrap); its computed
 * font size times the viewport's scale, and whether it lies inside the visible canvas. Culled nodes (React Flow drops off-screen nodes
 * above 400) are simply absent, so the caller counts against the topology's networks.
 */
export function drawnNetworkNames(): { zoom: number; names: DrawnName[] } {
  const vp = document.querySelector('.react-flow__viewport');
  const zoom = vp ? new DOMMatrixReadOnly(getComputedStyle(vp).transform).a : 1;
  const canvas = document.querySelector('[data-testid="map-canvas"]')?.getBoundingClientRect();
  const names: DrawnName[] = [];
  for (const node of Array.from(document.querySelectorAll<HTMLElement>('[data-testid="network-node"]'))) {
    const name = node.dataset.name ?? '';
    const text = (el: Element) => (el.textContent ?? '').replace(/\u200b/g, '').trim();
    const innermost = () => Array.from(node.querySelectorAll('*'))
      .find((h) => text(h) === name && !Array.from(h.children).some((c) => text(c) === name));
    const el = node.querySelector('[data-testid="network-name"]') ?? innermost();
    if (!el) { names.push({ name, px: 0, inView: false, cleared: false }); continue; }
    const r = el.getBoundingClientRect();
    const inView = Boolean(canvas) && r.width > 0 && r.right > canvas!.left && r.left < canvas!.right && r.bottom > canvas!.top && r.top < canvas!.bottom;
    const style = getComputedStyle(el);
    names.push({ name, px: parseFloat(style.fontSize) * zoom, inView, cleared: style.color === 'rgba(0, 0, 0, 0)' || style.color === 'transparent' });
  }
  return { zoom, names };
}

/** The container view summarised (zoomed out past names): its group boxes, and those whose count is drawn legibly (GroupNode's data-lines). */
export function summaryCounts(): { boxes: number; legible: number } | null {
  if (!document.querySelector('[data-testid="map-canvas"][data-summary]')) return null;
  const boxes = Array.from(document.querySelectorAll<HTMLElement>('[data-testid="group-summary"]'));
  return { boxes: boxes.length, legible: boxes.filter((b) => b.dataset.lines !== '0').length };
}

/** Container and network names whose node (a network: its header card) is fully inside the canvas now. */
export function nodesInView(): { containers: string[]; networks: string[] } {
  const c = document.querySelector('[data-testid="map-canvas"]')?.getBoundingClientRect();
  if (!c) return { containers: [], networks: [] };
  // The minimap and zoom controls cover the bottom strip: nothing there counts as seen.
  const bottom = Math.min(c.bottom, ...Array.from(document.querySelectorAll('.react-flow__minimap, .react-flow__controls')).map((e) => e.getBoundingClientRect().top));
  const inside = (r: DOMRect) => r.width > 0 && r.left >= c.left && r.right <= c.right && r.top >= c.top && r.bottom <= bottom;
  const names = (sel: string, box: (el: HTMLElement) => Element) =>
    Array.from(document.querySelectorAll<HTMLElement>(sel)).filter((el) => inside(box(el).getBoundingClientRect())).map((el) => el.dataset.name ?? '');
  return {
    containers: names('[data-testid="container-node"]', (el) => el),
    networks: names('[data-testid="network-node"]', (el) => el.querySelector('.rounded-lg') ?? el),
  };
}

/**
 * A point on empty canvas (no node, edge, label or panel under it) as near the canvas centre as
 * there is one, where a drag pans the map and a wheel zooms it: searched once, before frames count.
 */
export function emptyCanvasPoint(): { x: number; y: number } | null {
  const c = document.querySelector('[data-testid="map-canvas"]')?.getBoundingClientRect();
  if (!c) return null;
  const cx = c.left + c.width / 2;
  const cy = c.top + c.height / 2;
  let best: { x: number; y: number; d: number } | null = null;
  for (let y = c.top + 200; y < c.bottom - 200; y += 16) {
    for (let x = c.left + 350; x < c.right - 350; x += 16) {
      const el = document.elementFromPoint(x, y);
      if (!el?.closest('.react-flow__pane') || el.closest('.react-flow__node, .react-flow__edge, .react-flow__edgelabel-renderer, .react-flow__panel')) continue;
      const d = Math.hypot(x - cx, y - cy);
      if (!best || d < best.d) best = { x, y, d };
    }
  }
  return best && { x: best.x, y: best.y };
}

/** Starts recording animation-frame timestamps (one per frame the page produces). */
export function startFrames(): void {
  const w = window as unknown as BenchWindow;
  const rec = { times: [] as number[], running: true };
  w.__benchFrames = rec;
  const tick = (t: number) => {
    if (!rec.running) return;
    rec.times.push(t);
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

/** Stops the recording; the intervals between consecutive frames, in ms. */
export function stopFrames(): number[] {
  const rec = (window as unknown as BenchWindow).__benchFrames;
  if (!rec) return [];
  rec.running = false;
  return rec.times.slice(1).map((t, i) => t - rec.times[i]);
}

/** Starts counting DOM mutations under the map (and the header), by what they touched. */
export function startMutations(): void {
  const w = window as unknown as BenchWindow;
  const state = { records: 0, targets: {} as Record<string, number>, observer: null as unknown as MutationObserver };
  const what = (n: Node) => {
    const el = n instanceof Element ? n : n.parentElement;
    const tagged = el?.closest('[data-testid]') as HTMLElement | null;
    return tagged ? tagged.dataset.testid : el ? `${el.tagName.toLowerCase()}.${String(el.className).split(' ')[0]}` : '?';
  };
  state.observer = new MutationObserver((list) => {
    for (const r of list) {
      state.records++;
      const key = `${r.type}:${what(r.target)}`;
      state.targets[key] = (state.targets[key] ?? 0) + 1;
    }
  });
  state.observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  w.__benchMutations = state;
}

/** Stops counting; the total and the five most-touched places. */
export function stopMutations(): { records: number; top: Array<[string, number]> } {
  const state = (window as unknown as BenchWindow).__benchMutations;
  if (!state) return { records: 0, top: [] };
  state.observer.disconnect();
  return { records: state.records, top: Object.entries(state.targets).sort((a, b) => b[1] - a[1]).slice(0, 5) };
}
