/**
 * What the user sees of the map and how smoothly it moves: network names legible at the current
 * zoom, the fit-view control, the switch from the overview to every container, and frame times while
 * panning and wheel-zooming. Frames are the page's own requestAnimationFrame intervals, so a long
 * main-thread task shows up as a long frame.
 */
import path from 'node:path';
import type { Page } from '@playwright/test';
import { drawnNetworkNames, emptyCanvasPoint, startFrames, stopFrames, summaryCounts } from './bench-scale-page';
import { mapLevel, switchDrawnMs, watchFirstContainer } from './bench-scale-page-load';
import { median, p95, round } from './bench-stats';

/** The legibility threshold: a name drawn smaller than this is not read. */
export const LEGIBLE_PX = 10;
const FRAME_SECONDS = 5;

export interface Legibility {
  level: 'overview' | 'containers';
  zoom: number;
  /** Networks on the engine (the map draws them all, built-in ones included). */
  total: number;
  /** Network nodes in the DOM (fewer than total when React Flow culls off-screen nodes). */
  inDom: number;
  inView: number;
  /** In view and drawn at LEGIBLE_PX or more. */
  legible: number;
  /** In view but left off the screen, too small to read at this zoom (semantic zoom). */
  cleared: number;
  /** Smallest and median rendered size of the names in view and drawn, px. */
  minPx: number | null;
  medianPx: number | null;
  /** The container view zoomed out past names: group boxes showing their count, and how many of those counts are legible. */
  groupCounts: { boxes: number; legible: number } | null;
}

/** Counts the network names drawn legibly right now, against the `total` networks on the engine. */
export async function legibility(page: Page, total: number): Promise<Legibility> {
  const { zoom, names } = await page.evaluate(drawnNetworkNames);
  const groupCounts = await page.evaluate(summaryCounts);
  const seen = names.filter((n) => n.inView && !n.cleared).map((n) => n.px);
  return {
    level: await page.evaluate(mapLevel), zoom: Math.round(zoom * 1000) / 1000, total, inDom: names.length, inView: names.filter((n) => n.inView).length,
    cleared: names.filter((n) => n.inView && n.cleared).length,
    legible: seen.filter((px) => px >= LEGIBLE_PX).length,
    minPx: seen.length ? round(Math.min(...seen)) : null, medianPx: seen.length ? round(median(seen)) : null,
    groupCounts,
  };
}

/** Waits until the viewport's transform is the same two polls running (a fit or a switch has settled). */
async function settle(page: Page): Promise<void> {
  let last = '';
  for (let i = 0; i < 50; i++) {
    await page.waitForTimeout(150);
    const now = await page.evaluate(() => getComputedStyle(document.querySelector('.react-flow__viewport')!).transform);
    if (now === last) return;
    last = now;
  }
}

/** Presses React Flow's fit-view control and waits until the viewport stops moving. */
export async function pressFitView(page: Page): Promise<void> {
  await page.locator('.react-flow__controls-fitview').click();
  await settle(page);
}

/** Clicks the level switch's "Containers"; ms from the click event to the first container on screen. */
export async function switchToContainers(page: Page, timeoutMs: number): Promise<number> {
  await page.evaluate(watchFirstContainer);
  await page.getByRole('radio', { name: 'Containers' }).click();
  await page.waitForFunction(switchDrawnMs, null, { timeout: timeoutMs, polling: 100 });
  const ms = (await page.evaluate(switchDrawnMs))!;
  await settle(page);
  return ms;
}

export interface FrameFigures {
  frames: number;
  medianMs: number;
  p95Ms: number;
  worstMs: number;
  /** Why no frames were measured, when none were. */
  error?: string;
}

/**
 * Five seconds of a user moving the map: drag 300 px right-down and back from an empty spot (pans),
 * then four wheel notches in and four out at that spot (zooms), over and over. Each drag and zoom
 * returns the view where it was, so the empty spot stays empty.
 */
export async function panAndZoomFrames(page: Page): Promise<FrameFigures> {
  const p = await page.evaluate(emptyCanvasPoint);
  if (!p) return { frames: 0, medianMs: 0, p95Ms: 0, worstMs: 0, error: 'no empty canvas to drag from' };
  const to = { x: p.x + 300, y: p.y + 120 };
  await page.mouse.move(p.x, p.y);
  await page.evaluate(startFrames);
  const end = Date.now() + FRAME_SECONDS * 1000;
  while (Date.now() < end) {
    for (const [a, b] of [[p, to], [to, p]]) {
      await page.mouse.move(a.x, a.y);
      await page.mouse.down();
      await page.mouse.move(b.x, b.y, { steps: 20 });
      await page.mouse.up();
    }
    for (const dy of [-100, -100, -100, -100, 100, 100, 100, 100]) {
      await page.mouse.wheel(0, dy);
      await page.waitForTimeout(30);
    }
  }
  const intervals = await page.evaluate(stopFrames);
  if (!intervals.length) return { frames: 0, medianMs: 0, p95Ms: 0, worstMs: 0, error: 'the page produced no animation frames' };
  return { frames: intervals.length, medianMs: round(median(intervals)), p95Ms: round(p95(intervals)), worstMs: round(Math.max(...intervals)) };
}

/** One level of the map as a user handles it: moved as shown, then fitted, read, and moved again. */
export interface LevelFigures {
  level: 'overview' | 'containers';
  framesAsShown: FrameFigures;
  legibleAfterFit: Legibility;
  framesFitted: FrameFigures;
}

/** Pans and zooms the view as shown, presses fit view, counts legible names (screenshot), pans and zooms again. */
export async function handleLevel(page: Page, total: number, shotDir: string, tag: string): Promise<LevelFigures> {
  const level = await page.evaluate(mapLevel);
  const framesAsShown = await panAndZoomFrames(page);
  await pressFitView(page);
  await page.screenshot({ path: path.join(shotDir, `bench-scale-${tag}-${level}-fit.png`) }).catch(() => undefined);
  const legibleAfterFit = await legibility(page, total);
  const framesFitted = await panAndZoomFrames(page);
  return { level, framesAsShown, legibleAfterFit, framesFitted };
}
