/**
 * The scale benchmark's result: one markdown table with both sizes side by side and the issue's
 * floor beside each figure, marked meets/misses by the numbers as measured (the purpose is to find
 * out, so nothing is rounded in the app's favour), plus the raw samples as JSON.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { BrowserFigures } from './bench-scale-browser';
import type { BaselineFigures, IdleFigures } from './bench-scale-idle';
import type { FrameFigures, Legibility } from './bench-scale-view';
import type { MemoryFigures, ReadFigures } from './bench-scale-server';
import { median, p95 } from './bench-stats';
import { QUIET, type QuietWait } from './bench-quiet';

/** Everything measured at one population size. */
export interface SizeFigures {
  containers: number;
  reads: ReadFigures;
  browser: BrowserFigures;
  /** Resident memory when the size was done (null values: the server was gone by then). */
  memory: MemoryFigures;
  /** When the server exited on its own before this size was done, and how; null when it did not. */
  serverExited: string | null;
  /** The machine's 1-minute load average when this size started and ended: it is shared, and busy neighbours show here. */
  loadAverage: [number, number];
  /** How long the machine took to quieten before this size was measured (bench-quiet.ts). */
  quiet: QuietWait;
}

export interface Machine {
  cores: number;
  cpuModel: string;
  memoryGb: number;
  node: string;
  engineVersion: string;
  engineApi: string;
  date: string;
}

/**
 * A floor from issue 13. `ok` answers for one size (`first`: the 100 run, `last`: the 1,000 run),
 * or null where the issue sets no floor for that size.
 */
interface Floor {
  text: string;
  ok: (f: SizeFigures, which: Which) => boolean | null;
}

type Which = 'first' | 'last' | 'middle';
/** A floor that holds at every size. */
const always = (text: string, ok: (f: SizeFigures) => boolean): Floor => ({ text, ok: (f) => ok(f) });
/** A floor that holds at one size only. */
const only = (at: Which, text: string, ok: (f: SizeFigures) => boolean): Floor => ({ text, ok: (f, w) => (w === at ? ok(f) : null) });

interface Row {
  measure: string;
  value: (f: SizeFigures) => string;
  floor?: Floor;
}

const ms = (x: number) => (x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${Math.round(x)} ms`);
const kB = (b: number) => `${(b / 1024).toFixed(1)} kB`;
const mb = (k: number | null) => (k === null ? 'n/a' : `${Math.round(k / 1024)} MB`);
const c = (f: SizeFigures) => f.browser.changes;
const leg = (l: Legibility | null | undefined) => (l
  ? `${l.legible}/${l.total} (${l.level}, zoom ${l.zoom}, ${l.inView} in view${l.cleared ? `, ${l.cleared} left off as too small` : ''}, smallest drawn ${l.minPx ?? '–'} px)${
    l.groupCounts ? `; group boxes with a legible count ${l.groupCounts.legible}/${l.groupCounts.boxes}` : ''}`
  : 'n/a');
/** Per load: the canvas's first container on screen, or its first cluster when the map opened on the overview. */
const canvasMs = (f: SizeFigures) => f.browser.loads.map((l) => l.container ?? l.cluster ?? NaN);
/** Per load: the map first on screen, the server's picture of it (when there is one) or the canvas's. */
const firstMs = (f: SizeFigures) => f.browser.loads.map((l) => Math.min(l.picture ?? Infinity, l.container ?? l.cluster ?? NaN));
const pictures = (f: SizeFigures) => f.browser.loads.filter((l) => l.picture !== undefined).length;
const frames = (fr: FrameFigures | undefined) => (!fr ? 'n/a (opened on containers: see above)' : fr.error ? `n/a: ${fr.error}` : `${fr.p95Ms} ms (${fr.worstMs} ms; ${fr.frames} frames)`);
const framesOk = (fr: FrameFigures | undefined) => (fr ? !fr.error && fr.p95Ms <= 33 : null);
const opened = (f: SizeFigures) => f.browser.opened;
const byType = (t: Record<string, number>) => `${Object.entries(t).map(([k, v]) => `${k} ${v}`).join(', ')} %`;
const mutated = (i: IdleFigures) => (i.mutations.top.length ? ` (${i.mutations.top.map(([k, n]) => `${k} ×${n}`).join(', ')})` : '');
/** The two idle minutes side by side: right after the load, then at rest (see BrowserFigures.settled). */
const both = (f: SizeFigures, v: (i: IdleFigures) => string) => `${v(f.browser.idle)} → ${v(f.browser.settled)}`;
function phases(f: SizeFigures): string {
  const keys = ['document', 'domContentLoaded', 'topology'] as const;
  const at = keys.map((k) => {
    const xs = f.browser.loads.map((l) => l.phases[k]).filter((x): x is number => x !== null);
    return xs.length ? ms(median(xs)) : 'n/a';
  });
  return `${at.join(' / ')} / ${kB(median(f.browser.loads.map((l) => l.bytes)))}`;
}

const ROWS: Row[] = [
  {
    measure: 'page load → first containers visible (the server\'s first picture, or the canvas\'s first container; opened on the overview: first cluster), median of 5 (all 5)',
    value: (f) => `${ms(median(firstMs(f)))} (${firstMs(f).map(ms).join(', ')})${opened(f) === 'overview' ? ' — overview' : ''}; the server\'s picture first in ${pictures(f)} of ${f.browser.loads.length}`,
    floor: { text: '≤ 0.8 s at 100, ≤ 1.5 s at 1,000', ok: (f, w) => (w === 'middle' ? null : median(firstMs(f)) <= (w === 'first' ? 800 : 1500)) },
  },
  { measure: '… the canvas itself (the interactive map: first container, or first cluster), median of 5 (all 5)', value: (f) => `${ms(median(canvasMs(f)))} (${canvasMs(f).map(ms).join(', ')})` },
  { measure: '… where it went, medians: HTML received / DOMContentLoaded / first /api/topology received / bytes received until then', value: phases },
  { measure: '… overview → "Containers" clicked → first container visible', value: (f) => (f.browser.switchToContainersMs === null ? 'n/a (opened on containers)' : ms(f.browser.switchToContainersMs)) },
  {
    measure: 'Chromium CPU, page open, engine idle (browser + renderer, /proc): the minute after the load → the next minute, at rest',
    value: (f) => `${both(f, (i) => `${i.chromiumPercent} %`)} (${opened(f)})`,
    floor: only('first', '≤ 0.5 % at 100 (at rest)', (f) => f.browser.settled.chromiumPercent <= 0.5),
  },
  { measure: '… all Chromium processes, by type, at rest', value: (f) => byType(f.browser.settled.chromiumByType) },
  { measure: '… page main thread (CDP TaskDuration / ScriptDuration)', value: (f) => both(f, (i) => `${i.cdpTaskPercent} % / ${i.cdpScriptPercent} %`) },
  { measure: '… bytes received / DOM mutation records while idle', value: (f) => both(f, (i) => `${kB(i.bytes)} / ${i.mutations.records}${mutated(i)}`) },
  {
    measure: 'CLI connect/disconnect → edge on screen (container view), median (p95), 20 changes',
    value: (f) => (c(f).latencyMs.length ? `${ms(median(c(f).latencyMs))} (${ms(p95(c(f).latencyMs))})${c(f).notSeen ? `, ${c(f).notSeen} never seen` : ''}` : `none seen (${c(f).notSeen})`),
    floor: only('last', 'median ≤ 350 ms at 1,000', (f) => c(f).notSeen === 0 && median(c(f).latencyMs) <= 350),
  },
  {
    measure: '… of which the docker CLI itself (issued → returned: the engine making the change), median (p95)',
    value: (f) => `${ms(median(c(f).cliMs))} (${ms(p95(c(f).cliMs))})`,
  },
  {
    measure: '… and netatlas after the CLI returned (→ on screen), median (p95)',
    value: (f) => (c(f).afterCliMs.length ? `${ms(median(c(f).afterCliMs))} (${ms(p95(c(f).afterCliMs))})` : 'none seen'),
  },
  {
    measure: '… of which the browser: the change\'s stream message received → on screen, median (p95)',
    value: (f) => (c(f).browserMs?.length ? `${ms(median(c(f).browserMs))} (${ms(p95(c(f).browserMs))})` : 'n/a'),
  },
  {
    measure: '… (on screen is the first frame after the DOM change, seen in the page; Playwright\'s own wait saw it later by), median',
    value: (f) => (c(f).pollLagMs?.length ? ms(median(c(f).pollLagMs)) : 'n/a'),
  },
  {
    measure: 'bytes received per change, issue → on screen: median (max)',
    value: (f) => (c(f).bytesToScreen.length ? `${kB(median(c(f).bytesToScreen))} (${kB(Math.max(...c(f).bytesToScreen))})` : 'n/a'),
    floor: always('≤ 20 kB', (f) => c(f).bytesToScreen.length > 0 && median(c(f).bytesToScreen) <= 20 * 1024),
  },
  { measure: '… issue → next change (1 s after on screen): median (max)', value: (f) => `${kB(median(c(f).bytesWindow))} (${kB(Math.max(...c(f).bytesWindow))})` },
  { measure: 'frame time panning + wheel-zooming, view as opened: p95 (worst)', value: (f) => `${frames(f.browser.first.framesAsShown)} — ${opened(f)}`, floor: { text: 'p95 ≤ 33 ms', ok: (f) => framesOk(f.browser.first.framesAsShown) } },
  { measure: '… same, after fit view', value: (f) => `${frames(f.browser.first.framesFitted)} — ${opened(f)}`, floor: { text: 'p95 ≤ 33 ms', ok: (f) => framesOk(f.browser.first.framesFitted) } },
  { measure: '… container view as the switch framed it', value: (f) => frames(f.browser.containers?.framesAsShown), floor: { text: 'p95 ≤ 33 ms', ok: (f) => framesOk(f.browser.containers?.framesAsShown) } },
  { measure: '… container view after fit view', value: (f) => frames(f.browser.containers?.framesFitted), floor: { text: 'p95 ≤ 33 ms', ok: (f) => framesOk(f.browser.containers?.framesFitted) } },
  { measure: 'network names drawn ≥ 10 px / networks, as loaded', value: (f) => leg(f.browser.legibleAfterLoad) },
  { measure: '… after pressing fit view', value: (f) => leg(f.browser.first.legibleAfterFit), floor: always('all, at fit', (f) => f.browser.first.legibleAfterFit.legible === f.browser.first.legibleAfterFit.total) },
  { measure: '… container view as the switch framed it', value: (f) => leg(f.browser.legibleContainersAsShown) },
  { measure: '… container view after fit view', value: (f) => leg(f.browser.containers?.legibleAfterFit) },
  { measure: 'warm GET /api/topology ÷ engine list calls (medians)', value: (f) => `${f.reads.ratio.toFixed(2)} (${ms(median(f.reads.appMs))} ÷ ${ms(median(f.reads.engineMs))})`, floor: always('≤ 1.2', (f) => f.reads.ratio <= 1.2) },
  { measure: '… cold first request; response size', value: (f) => `${ms(f.reads.coldMs)}; ${kB(f.reads.responseBytes)}` },
  { measure: 'server RSS after the idle minute, page open (peak until then)', value: (f) => `${mb(f.browser.idle.serverRssKb)} (${mb(f.browser.idle.serverPeakKb)})`, floor: always('≤ 250 MB', (f) => f.browser.idle.serverRssKb !== null && f.browser.idle.serverRssKb <= 250 * 1024) },
  { measure: '… at the end of the size (peak)', value: (f) => (f.serverExited ? `n/a: the server exited ${f.serverExited}` : `${mb(f.memory.rssKb)} (${mb(f.memory.peakKb)})`) },
  { measure: `machine quiet before measuring (under ${QUIET.below * 100} % of all cores busy and the engine under ${QUIET.engineBelow * 100} % of one, for ${QUIET.forS} s): waited`, value: (f) => `${f.quiet.waitedS} s${f.quiet.quiet ? '' : `, still busy (machine ${Math.round(f.quiet.busy * 100)} %, engine ${f.quiet.engine === null ? '?' : Math.round(f.quiet.engine * 100)} % of a core): measured anyway`}` },
  { measure: 'machine load average (1 min) at start → end of this size', value: (f) => `${f.loadAverage[0].toFixed(1)} → ${f.loadAverage[1].toFixed(1)}` },
  {
    measure: 'server CPU, page open, engine idle: the minute after the load → the next minute, at rest',
    value: (f) => both(f, (i) => `${i.serverPercent} %`),
  },
  {
    // Its periodic work comes less often than once a minute: the floor is judged on the longer window.
    measure: 'server CPU at rest, page open, engine idle: from the minute at rest on, the whole window',
    value: (f) => (f.browser.serverAtRest ? `${f.browser.serverAtRest.percent} % over ${f.browser.serverAtRest.seconds} s` : '–'),
    floor: always('< 1 % (at rest)', (f) => f.browser.serverAtRest !== undefined && f.browser.serverAtRest.percent < 1),
  },
];

/** One cell: the figure, and the verdict when the floor applies at this size. */
function cell(row: Row, f: SizeFigures, which: Which): string {
  const v = row.value(f) || '—';
  const ok = row.floor?.ok(f, which) ?? null;
  return ok === null ? v : `${v} — ${ok ? '**meets**' : '**misses**'}`;
}

/** The markdown table: a column per size, the floor last. */
export function toMarkdown(machine: Machine, sizes: SizeFigures[], baseline: BaselineFigures, wallSeconds: number, idleSeconds: number): string {
  const first = sizes[0];
  const last = sizes[sizes.length - 1];
  const head = `| measure | ${sizes.map((s) => `${s.containers.toLocaleString('en')} containers`).join(' | ')} | floor (issue 13) |`;
  const lines = ROWS.map((r) => `| ${r.measure} | ${sizes.map((s) => cell(r, s, s === first ? 'first' : s === last ? 'last' : 'middle')).join(' | ')} | ${r.floor?.text ?? ''} |`);
  const t = (s: SizeFigures) => `${s.containers} containers (${s.reads.containers} on the engine), ${s.reads.networks} networks, ${s.reads.endpoints} endpoints`;
  return [
    `## netatlas bench:scale — ${machine.date}`,
    '',
    `Machine: ${machine.cores} cores (${machine.cpuModel}), ${machine.memoryGb} GB, Node ${machine.node}; Engine ${machine.engineVersion} (API ${machine.engineApi}), a dedicated engine in its own network namespace; Chromium ${first.browser.chromiumVersion}, viewport 1600×1000. Idle window ${idleSeconds} s. Whole run ${(wallSeconds / 60).toFixed(1)} min.`,
    '',
    ...sizes.map((s) => `- ${t(s)}; CLI changes: \`${s.browser.changes.container}\` ↔ \`${s.browser.changes.network}\``),
    `- Chromium by itself (about:blank, same launch, ${baseline.seconds} s): browser + renderer ${baseline.chromiumPercent} % of one core (${byType(baseline.chromiumByType)})`,
    '',
    head,
    `|---|${sizes.map(() => '---|').join('')}---|`,
    ...lines,
    '',
  ].join('\n');
}

/** Writes the table and the raw figures next to the other benchmark outputs. */
export function writeResults(dir: string, markdown: string, json: unknown): void {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'bench-scale.md'), markdown);
  fs.writeFileSync(path.join(dir, 'bench-scale.json'), `${JSON.stringify(json, null, 2)}\n`);
}
