/**
 * CLI change -> on screen, and what each change costs the browser in bytes. A `docker network
 * connect`/`disconnect` is issued with the docker CLI (as a user would, client start-up included);
 * "on screen" is the endpoint edge appearing in / leaving the DOM, the same selector the e2e page
 * object uses (MapPage.endpointEdge). Above 400 nodes React Flow leaves off-screen edges out of the
 * DOM, so the pair is chosen on screen: a container in view and a network whose header card is in
 * view (the edge's box then always overlaps the viewport, wherever the container is re-placed).
 */
import { execFile } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import type { Page } from '@playwright/test';
import { DOCKER_CLI } from '../test/support/test-engine';
import type { ByteLedger } from './bench-scale-bytes';
import { nodesInView } from './bench-scale-page';
import type { PlacedContainer } from './bench-scale-population';

const run = promisify(execFile);
/** Quiet time after each change before the next: its trailing bytes (a refetch) land in its window. */
const SETTLE_MS = 1000;
const SEEN_TIMEOUT_MS = 30_000;

export interface ChangeFigures {
  container: string;
  network: string;
  /** CLI issued -> edge attached/detached and painted (in-page), ms; a change not seen within 30 s is left out and counted below. */
  latencyMs: number[];
  /** The raw engine call, measured in the same run: CLI issued -> the CLI returned (the engine made the change). */
  cliMs: number[];
  /** What netatlas adds: CLI returned -> on screen (0 when the screen was first). */
  afterCliMs: number[];
  /** Of that, the browser's part: the change's stream message received -> on screen (the page's own clock). */
  browserMs: number[];
  /** How late Playwright's own wait saw it after the page did (its polling and round trip: not counted above). */
  pollLagMs: number[];
  notSeen: number;
  /** Bytes received between the CLI call and the edge on screen. */
  bytesToScreen: number[];
  /** Bytes received from the CLI call until the next change starts (includes trailing refetches). */
  bytesWindow: number[];
  /** Where the window bytes went, summed over all changes. */
  byUrl: Array<[string, number]>;
}

const edge = (network: string, container: string) =>
  `g[data-testid="endpoint-edge"][data-network=${JSON.stringify(network)}][data-container=${JSON.stringify(container)}]`;

/**
 * Watches, in the page, for `selector` to be attached (or detached) and notes when: the first animation
 * frame after the DOM change (the frame that paints it), as epoch ms, and that time less the last
 * stream message's mark (the browser's own part). Playwright's waitForSelector polls and answers over
 * its protocol, tens of ms late under load; this is when the user could first see it.
 */
export function watchInPage({ selector, attached }: { selector: string; attached: boolean }) {
  const w = window as unknown as { __benchSeen: { epoch: number; browser: number | null } | null; __benchStop?: () => void };
  w.__benchSeen = null;
  const done = () => (document.querySelector(selector) !== null) === attached;
  // `window.performance`: this file's `performance` is Node's.
  const clock = window.performance;
  const note = () => requestAnimationFrame(() => {
    const now = clock.now();
    const mark = clock.getEntriesByName('netatlas:topology').at(-1);
    w.__benchSeen = { epoch: clock.timeOrigin + now, browser: mark ? now - mark.startTime : null };
  });
  const observer = new MutationObserver(() => {
    if (!done()) return;
    observer.disconnect();
    note();
  });
  observer.observe(document.body, { childList: true, subtree: true, attributes: true });
  w.__benchStop = () => observer.disconnect();
}

/** A container on screen and a network on screen it is not on, its own project's when there is one. */
async function pickPair(page: Page, placed: PlacedContainer[]): Promise<{ container: string; network: string }> {
  const view = await page.evaluate(nodesInView);
  const byName = new Map(placed.map((c) => [c.name, c]));
  const nets = new Set(view.networks);
  const candidates = view.containers.map((n) => byName.get(n)).filter((c): c is PlacedContainer => Boolean(c));
  for (const sameProject of [true, false]) {
    for (const c of candidates) {
      const n = view.networks.find((net) => !c.networks.includes(net) && (!sameProject || net.startsWith(`${c.project}_`)));
      if (n && nets.has(n)) return { container: c.name, network: n };
    }
  }
  throw new Error(`no container and network on screen together to change (in view: ${view.containers.length} containers, ${view.networks.length} networks)`);
}

/** `changes` alternating connects and disconnects (even: the engine ends as it began). */
export async function measureChanges(opts: {
  page: Page; ledger: ByteLedger; host: string; placed: PlacedContainer[]; changes: number; signal: AbortSignal;
}): Promise<ChangeFigures> {
  const { page, ledger } = opts;
  const { container, network } = await pickPair(page, opts.placed);
  const out: ChangeFigures = { container, network, latencyMs: [], cliMs: [], afterCliMs: [], browserMs: [], pollLagMs: [], notSeen: 0, bytesToScreen: [], bytesWindow: [], byUrl: [] };
  const windows: Array<[number, number]> = [];
  for (let i = 0; i < opts.changes && !opts.signal.aborted; i++) {
    const connect = i % 2 === 0;
    const selector = edge(network, container);
    await page.evaluate(watchInPage, { selector, attached: connect });
    const t0 = performance.now();
    const seen = page.waitForSelector(selector, { state: connect ? 'attached' : 'detached', timeout: SEEN_TIMEOUT_MS })
      .then(() => true, () => false);
    await run(DOCKER_CLI, ['-H', opts.host, 'network', connect ? 'connect' : 'disconnect', network, container]);
    const cliDone = performance.now();
    let polledAt = 0;
    const ok = await seen.then((s) => { polledAt = performance.now(); return s; });
    const inPage = ok ? await page.waitForFunction(() => (window as unknown as { __benchSeen: unknown }).__benchSeen, undefined, { timeout: 5_000 })
      .then((h) => h.jsonValue() as Promise<{ epoch: number; browser: number | null }>, () => null) : null;
    const t1 = performance.now();
    await page.evaluate(() => (window as unknown as { __benchStop?: () => void }).__benchStop?.());
    out.cliMs.push(cliDone - t0);
    if (ok && inPage) {
      // Both clocks are this machine's: the page's epoch time against Node's.
      const shownAt = inPage.epoch - performance.timeOrigin;
      out.latencyMs.push(shownAt - t0);
      out.afterCliMs.push(Math.max(0, shownAt - cliDone));
      if (inPage.browser !== null) out.browserMs.push(inPage.browser);
      out.pollLagMs.push(polledAt - shownAt);
      out.bytesToScreen.push(ledger.between(t0, t1));
    } else out.notSeen++;
    await page.waitForTimeout(SETTLE_MS);
    out.bytesWindow.push(ledger.between(t0, performance.now()));
    windows.push([t0, performance.now()]);
  }
  const byUrl = new Map<string, number>();
  for (const [from, to] of windows) for (const [url, b] of ledger.byUrl(from, to)) byUrl.set(url, (byUrl.get(url) ?? 0) + b);
  out.byUrl = [...byUrl.entries()].sort((a, b) => b[1] - a[1]);
  return out;
}
