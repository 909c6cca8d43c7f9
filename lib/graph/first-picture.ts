import { busLine, BUS_BAR_WIDTH, type PlacedBox } from './bus-geometry';
import type { CanvasSize } from './canvas-size';
import { absolutePosition, fitFrame, frameZoom, type Frame } from './fit-frame';
import { NETWORK_NAME_PX } from './layout-constants';
import { networkColor } from './network-color';
import type { ClusterFlowNode, HostFlowNode, MapGraph, MapNode, NetworkFlowNode } from './types';
import { pastContainerNames, zoomTier, type ZoomTier } from './zoom-tier';

/** No picture: the page draws the map itself. */
export const EMPTY_PICTURE = '';

const INK = '#0f172a'; // slate-900, the canvas's names
const SOFT = '#475569'; // slate-600, its small print
const CANVAS = '#f8fafc'; // slate-50
const FONT = 'ui-sans-serif, system-ui, -apple-system, Segoe UI, Roboto, sans-serif';
/** A bold sans glyph's width, as a share of its size: enough to wrap a name about where the card wraps it. */
const GLYPH = 0.58;

/** Text for XML: the names come from the engine and may hold anything. */
function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Splits after each separator (my-app_backend → my-, app_, backend), as the card lets a name wrap there. */
function pieces(name: string): string[] {
  return name.match(/[^-_.]*[-_.]?/g)!.filter(Boolean);
}

/**
 * A name in at most `lines` lines of `max` characters, wrapped after its separators (a piece longer
 * than a line is cut), the last line ending in … when the name does not fit: as the card's line clamp.
 */
export function wrapName(name: string, max: number, lines = 2): string[] {
  const out: string[] = [];
  let line = '';
  for (const piece of pieces(name)) {
    if (line && (line + piece).length > max) {
      out.push(line);
      line = '';
    }
    line += piece;
  }
  if (line) out.push(line);
  const cut = out.length > lines || out.some((l) => l.length > max);
  const kept = out.slice(0, lines).map((l) => (l.length > max ? l.slice(0, max) : l));
  if (cut) kept[kept.length - 1] = `${kept[kept.length - 1].slice(0, Math.max(1, max - 1))}…`;
  return kept;
}

function text(x: number, y: number, px: number, content: string, attrs = ''): string {
  return `<text x="${x}" y="${y}" font-size="${px}" ${attrs}>${esc(content)}</text>`;
}

/** The network's bus and, on its top, its card with the name (two lines at most, as legible as the tier sets it). */
function network(n: NetworkFlowNode, at: { x: number; y: number }, tier: ZoomTier): string {
  const color = networkColor(n.data.network);
  const [w, h] = [n.width ?? 210, n.height ?? 150];
  const px = tier === 'distant' ? 40 : NETWORK_NAME_PX[n.data.level ?? 'overview'];
  const lines = tier === 'bare' ? [] : wrapName(n.data.network.name, Math.floor((w - 28) / (px * GLYPH)));
  const cardH = 20 + Math.max(1, lines.length) * px * 1.25;
  const bus = `<rect x="${at.x + w / 2 - BUS_BAR_WIDTH / 2}" y="${at.y}" width="${BUS_BAR_WIDTH}" height="${h}" rx="4" fill="${color}" opacity="0.85"/>`;
  const card = `<rect x="${at.x + 1}" y="${at.y + 1}" width="${w - 2}" height="${cardH}" rx="8" fill="#fff" stroke="${color}" stroke-width="2"/>`;
  const name = lines.map((l, i) => text(at.x + 14, at.y + 10 + px * (1.05 + i * 1.25), px, l, `font-weight="600" fill="${INK}"`)).join('');
  return `<g data-testid="picture-network" data-name="${esc(n.data.network.name)}">${bus}${card}${name}</g>`;
}

/** A cluster: its count, and its words where the tier still draws container names. */
function cluster(n: ClusterFlowNode, at: { x: number; y: number }, tier: ZoomTier): string {
  const d = n.data;
  const [w, h] = [n.width ?? 200, n.height ?? 64];
  const box = `<rect x="${at.x + 1}" y="${at.y + 1}" width="${w - 2}" height="${h - 2}" rx="8" fill="#fff" stroke="#cbd5e1" stroke-width="2"/>`;
  if (tier === 'bare') return box;
  if (pastContainerNames(tier)) {
    const px = tier === 'distant' ? 40 : 30;
    return box + text(at.x + w / 2, at.y + h / 2 + px * 0.36, px, String(d.count), `font-weight="700" fill="${INK}" text-anchor="middle"`);
  }
  const px = tier === 'far' ? 22 : 18;
  const what = `${d.count} ${d.count === 1 ? 'container' : 'containers'}`;
  const head = d.project ?? what;
  const stopped = d.count - d.running;
  const detail = tier === 'near' ? `${d.project ? `${what} · ` : ''}${d.running} running${stopped ? ` · ${stopped} stopped` : ''}${d.published ? ` · ${d.published} ports` : ''}` : '';
  return box + text(at.x + 12, at.y + 8 + px, px, head, `font-weight="700" fill="${INK}"`)
    + (detail ? text(at.x + 12, at.y + 14 + px + 14, 13, detail, `fill="${SOFT}"`) : '');
}

/** An engine's box on a map of several, named at its top-left. */
function host(n: HostFlowNode, at: { x: number; y: number }, tier: ZoomTier): string {
  const [w, h] = [n.width ?? 520, n.height ?? 150];
  const box = `<rect x="${at.x + 1}" y="${at.y + 1}" width="${w - 2}" height="${h - 2}" rx="16" fill="#eef2ff" fill-opacity="0.3" stroke="#c7d2fe" stroke-width="2"/>`;
  return pastContainerNames(tier) ? box : box + text(at.x + 16, at.y + 30, tier === 'far' ? 22 : 18, n.data.engine.name, `font-weight="700" fill="${INK}"`);
}

function node(n: MapNode, at: { x: number; y: number }, tier: ZoomTier): string {
  if (n.type === 'network') return network(n, at, tier);
  if (n.type === 'cluster') return cluster(n, at, tier);
  if (n.type === 'host') return host(n, at, tier);
  return '';
}

/** The overview's count lines (a cluster to a network's bus), with their counts where names are still drawn. */
function countLines(graph: MapGraph, byId: ReadonlyMap<string, MapNode>, at: ReadonlyMap<string, { x: number; y: number }>, tier: ZoomTier): { lines: string; labels: string } {
  const placed = (n: MapNode): PlacedBox => ({ measured: {}, width: n.width, height: n.height, internals: { positionAbsolute: at.get(n.id)! } });
  let [lines, labels] = ['', ''];
  for (const e of graph.edges) {
    const [from, to] = [byId.get(e.source), byId.get(e.target)];
    if (e.type !== 'count' || !e.data || !from || to?.type !== 'network') continue;
    const l = busLine(placed(from), placed(to));
    lines += `<path d="${l.path}" fill="none" stroke="${networkColor(to.data.network)}" stroke-width="3"${e.data.dimmed ? ' stroke-dasharray="6 5" opacity="0.5"' : ' opacity="0.9"'}/>`;
    if (pastContainerNames(tier)) continue;
    const px = tier === 'far' ? 22 : 18;
    const label = String(e.data.count);
    const w = label.length * px * GLYPH + 8;
    const x = l.leftOfBus ? l.ex - 6 - w : l.ex + 6;
    labels += `<rect x="${x}" y="${l.ey - 2 - px * 1.15}" width="${w}" height="${px * 1.15}" rx="3" fill="#fff" fill-opacity="0.9"/>`
      + text(x + 4, l.ey - 2 - px * 0.25, px, label, `font-weight="600" fill="#1e293b"`);
  }
  return { lines, labels };
}

/**
 * The overview as one SVG (markup for the page), framed as the canvas frames it in a canvas of
 * `canvas` (fitFrame: its viewBox is the fitted view; drawn as large as its box allows but never above
 * zoom 1, and centred, it is what fitView shows) and with the text the zoom tier of that frame draws:
 * network names at their legible size, a cluster's count alone where container names are past reading.
 */
export function overviewPicture(graph: MapGraph, canvas: CanvasSize): string {
  const frame: Frame | null = fitFrame(graph.nodes);
  if (!frame) return EMPTY_PICTURE;
  const tier = zoomTier(frameZoom(frame, canvas.width, canvas.height));
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const at = new Map(graph.nodes.map((n) => [n.id, absolutePosition(n, byId)]));
  const { lines, labels } = countLines(graph, byId, at, tier);
  const hosts = graph.nodes.filter((n) => n.type === 'host').map((n) => node(n, at.get(n.id)!, tier)).join('');
  const rest = graph.nodes.filter((n) => n.type !== 'host').map((n) => node(n, at.get(n.id)!, tier)).join('');
  const f = (x: number) => Math.round(x);
  // Sized to its box, but never larger than the view at zoom 1 (fitView's maxZoom); centred by `meet`.
  return `<svg xmlns="http://www.w3.org/2000/svg" data-testid="first-picture" viewBox="${f(frame.x)} ${f(frame.y)} ${f(frame.width)} ${f(frame.height)}" `
    + `preserveAspectRatio="xMidYMid meet" style="max-width:${f(frame.width)}px;max-height:${f(frame.height)}px" font-family="${FONT}" `
    + `role="group" aria-label="The map, drawn by the server while the page starts">`
    + `<rect x="${f(frame.x)}" y="${f(frame.y)}" width="${f(frame.width)}" height="${f(frame.height)}" fill="${CANVAS}"/>`
    + hosts + lines + rest + labels + '</svg>';
}
