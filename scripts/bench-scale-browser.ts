/**
 * The browser half of one size of `npm run bench:scale`, in the order a user meets it: page loads
 * until the first container shows (or, when the map opens on its overview, the first cluster of
 * containers), the names legible in the first view, a minute of doing nothing (Chromium's and the
 * server's CPU, what still arrives and what still changes in the DOM), panning and zooming, fit view;
 * then, from the overview, the switch to every container, and there CLI changes followed on screen
 * (endpoint edges exist only in the container view), panning and zooming, fit view.
 */
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../e2e/chromium';
import { ByteLedger } from './bench-scale-bytes';
import { measureChanges, type ChangeFigures } from './bench-scale-changes';
import { measureIdle, measureServerRest, serverRestFrom, type IdleFigures } from './bench-scale-idle';
import { firstShown, loadPhases, mapLevel, markFirstMapNode, type FirstShown, type LoadPhases } from './bench-scale-page-load';
import type { PlacedContainer } from './bench-scale-population';
import { handleLevel, legibility, switchToContainers, type LevelFigures, type Legibility } from './bench-scale-view';

const LOADS = 5;
const LOAD_TIMEOUT_MS = 180_000;
export const VIEWPORT = { width: 1600, height: 1000 };

export interface BrowserFigures {
  chromiumVersion: string;
  /** The level the map opened on (the same on every load). */
  opened: 'overview' | 'containers';
  /** Per measured load: ms from navigation to the first container (or cluster) on screen, and where the time went. */
  loads: Shown[];
  warmupLoad: Shown;
  legibleAfterLoad: Legibility;
  /** The first minute after the load, the page open and the engine unchanged. */
  idle: IdleFigures;
  /**
   * The minute after that: the page at rest. The first minute still carries the load's tail, V8's
   * memory reducer collecting the load's garbage in the first half minute of quiet (two major GCs, none
   * later, in a trace of an idle page); a tab left open costs what this minute costs.
   */
  settled: IdleFigures;
  /**
   * The server at rest over a longer window, from the start of the settled minute (`seconds` in all):
   * its periodic work (the watcher's reconciliation, every 30 s to 3 min with the engine's size; the
   * garbage collections the reads leave behind) comes less often than once a minute, so one minute
   * either catches it or not; this says what it costs on average.
   */
  serverAtRest: { seconds: number; percent: number };
  /** The level as opened: moved, fitted, read. */
  first: LevelFigures;
  /** Opened on the overview: click on "Containers" -> first container on screen, ms. */
  switchToContainersMs: number | null;
  /** Opened on the overview: the container view as the switch framed it. */
  legibleContainersAsShown: Legibility | null;
  changes: ChangeFigures;
  /** Opened on the overview: the container view moved, fitted, read. */
  containers: LevelFigures | null;
}

/** One load: when the first container (or cluster) showed, the milestones before it, and the bytes until then. */
export type Shown = FirstShown & { phases: LoadPhases; bytes: number };

interface Loaded {
  page: Page;
  cdp: CDPSession;
  ledger: ByteLedger;
  shown: Shown;
}

/**
 * One load in a fresh tab: the page's clock at the first frame with a container (or cluster) on
 * screen. The byte ledger is attached before navigating: Chromium does not report requests that
 * began before Network.enable, and the event stream begins with the page.
 */
async function load(context: BrowserContext, url: string, shotDir: string): Promise<Loaded> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const ledger = await ByteLedger.attach(cdp);
  const t0 = performance.now();
  await page.goto(url, { waitUntil: 'commit' });
  try {
    await page.waitForFunction(firstShown, null, { timeout: LOAD_TIMEOUT_MS, polling: 100 });
  } catch {
    const shot = path.join(shotDir, 'bench-scale-no-container.png');
    await page.screenshot({ path: shot }).catch(() => undefined);
    const said = await page.evaluate(() => document.body.innerText.replace(/\s+/g, ' ').slice(0, 400)).catch(() => '?');
    throw new Error(`no container node (nor overview cluster) on screen ${LOAD_TIMEOUT_MS / 1000} s after navigation; the page says: "${said}" (screenshot ${shot})`);
  }
  const bytes = ledger.between(t0, performance.now());
  return { page, cdp, ledger, shown: { ...(await page.evaluate(firstShown))!, phases: await page.evaluate(loadPhases), bytes } };
}

export interface BrowserRun {
  url: string; host: string; serverPid: number; networksOnEngine: number; placed: PlacedContainer[];
  idleSeconds: number; serverRestSeconds: number; changes: number; outputDir: string; signal: AbortSignal; log: (line: string) => void;
}

function stopIfAborted(signal: AbortSignal): void {
  if (signal.aborted) throw new Error('interrupted');
}

/** Five loads, each in a fresh tab after one that warms the caches; the last tab stays open. */
async function loads(context: BrowserContext, o: BrowserRun): Promise<{ last: Loaded; warm: Shown; shown: Shown[] }> {
  o.log(`  ${LOADS + 1} page loads (the first warms the caches)...`);
  const warm = await load(context, o.url, o.outputDir);
  await warm.page.close();
  const shown: Shown[] = [];
  let last: Loaded | null = null;
  for (let i = 0; i < LOADS && !o.signal.aborted; i++) {
    await last?.page.close();
    last = await load(context, o.url, o.outputDir);
    shown.push(last.shown);
  }
  if (!last || o.signal.aborted) throw new Error('interrupted');
  return { last, warm: warm.shown, shown };
}

/** Debian's Chromium as the e2e tests launch it, never a downloaded one. */
export function launchChromium(): Promise<Browser> {
  // Playwright's own Ctrl-C handling would exit the process before this run cleans up its engine.
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false });
}

/** The container view's figures: CLI changes followed on screen, then moved, fitted and read. */
async function containerView(page: Page, ledger: ByteLedger, o: BrowserRun, tag: string): Promise<{ changes: ChangeFigures; figures: LevelFigures }> {
  o.log(`  ${o.changes} CLI changes followed on screen, then panning and zooming, fit view...`);
  const changes = await measureChanges({ page, ledger, host: o.host, placed: o.placed, changes: o.changes, signal: o.signal });
  stopIfAborted(o.signal);
  return { changes, figures: await handleLevel(page, o.networksOnEngine, o.outputDir, tag) };
}

/** All browser figures of one size, in a browser of its own (closed at the end, also on failure). */
export async function measureBrowser(o: BrowserRun): Promise<BrowserFigures> {
  const browser = await launchChromium();
  const tag = String(o.placed.length);
  try {
    const context = await browser.newContext({ viewport: VIEWPORT });
    // tsx (esbuild keepNames) wraps named inner functions in __name(...): give the page that helper,
    // or every function handed to the page fails with a ReferenceError.
    await context.addInitScript({ content: 'globalThis.__name = globalThis.__name || ((f) => f);' });
    await context.addInitScript(markFirstMapNode);
    const { last: { page, cdp, ledger }, warm, shown } = await loads(context, o);
    await page.waitForSelector('[data-testid="connection-status"][data-state="live"]', { timeout: 60_000 });
    await page.waitForTimeout(1500); // the first view is framed an animation frame after the nodes land
    const opened = await page.evaluate(mapLevel);
    const legibleAfterLoad = await legibility(page, o.networksOnEngine);
    await page.screenshot({ path: path.join(o.outputDir, `bench-scale-${tag}-${opened}-load.png`) }).catch(() => undefined);
    o.log(`  opened on the ${opened} view; idle twice ${o.idleSeconds} s with the page open (after the load, then at rest)...`);
    const idle = await measureIdle(page, cdp, ledger, o.serverPid, o.idleSeconds, o.signal);
    stopIfAborted(o.signal);
    const restFrom = serverRestFrom(o.serverPid);
    const settled = await measureIdle(page, cdp, ledger, o.serverPid, o.idleSeconds, o.signal);
    stopIfAborted(o.signal);
    const serverAtRest = await measureServerRest(page, o.serverPid, restFrom, o.serverRestSeconds, o.signal);
    stopIfAborted(o.signal);
    const common = { chromiumVersion: browser.version(), opened, loads: shown, warmupLoad: warm, legibleAfterLoad, idle, settled, serverAtRest };
    if (opened === 'containers') {
      const { changes, figures } = await containerView(page, ledger, o, tag);
      return { ...common, first: figures, switchToContainersMs: null, legibleContainersAsShown: null, changes, containers: null };
    }
    o.log('  panning and zooming the overview, fit view; then switching to every container...');
    const first = await handleLevel(page, o.networksOnEngine, o.outputDir, tag);
    stopIfAborted(o.signal);
    const switchToContainersMs = await switchToContainers(page, LOAD_TIMEOUT_MS);
    await page.waitForTimeout(1500);
    const legibleContainersAsShown = await legibility(page, o.networksOnEngine);
    await page.screenshot({ path: path.join(o.outputDir, `bench-scale-${tag}-containers-switched.png`) }).catch(() => undefined);
    const { changes, figures } = await containerView(page, ledger, o, tag);
    return { ...common, first, switchToContainersMs, legibleContainersAsShown, changes, containers: figures };
  } finally {
    await browser.close().catch(() => undefined);
  }
}

/** Makes sure the directory for screenshots and results exists. */
export function ensureDir(dir: string): string {
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}
