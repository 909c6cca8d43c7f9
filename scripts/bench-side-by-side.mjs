#!/usr/bin/env node
/** Prints the figures of scripts/bench.ts runs (one JSON file per engine) side by side; a missing file is left out. */
import fs from 'node:fs';

const runs = process.argv.slice(2).filter((f) => fs.existsSync(f)).map((f) => JSON.parse(fs.readFileSync(f, 'utf8')));
if (runs.length === 0) process.exit(0);
const rows = [
  ['engine', (r) => `${r.engine.version} (API ${r.engine.apiVersion})`],
  ['containers / networks / endpoints', (r) => `${r.topology.containers} / ${r.topology.networks} / ${r.topology.endpoints}`],
  ['GET /api/topology warm, median', (r) => `${r.app.medianMs} ms`],
  ['  p95', (r) => `${r.app.p95Ms} ms`],
  ['engine list calls, median', (r) => `${r.engineLists.medianMs} ms`],
  ['ratio (target <= 1.5)', (r) => `${r.ratio.toFixed(2)}`],
  ['cold first request', (r) => `${r.coldFirstRequestMs} ms`],
  ['response (gzip)', (r) => `${(r.responseBytes / 1024).toFixed(1)} kB (${(r.responseGzipBytes / 1024).toFixed(1)} kB)`],
  ['CLI change -> screen, median', (r) => `${r.live.eventToScreenMs.medianMs} ms`],
  ['  p95', (r) => `${r.live.eventToScreenMs.p95Ms} ms`],
  ['idle server CPU, tab open', (r) => `${r.live.idleCpuPercentOfOneCore} %`],
  ['first read after a change', (r) => `${r.live.firstReadAfterChangeMs.medianMs} ms (x${r.live.firstReadAfterChangeMs.ratioToEngineLists})`],
  ['GET /api/diagnostics', (r) => `${r.analysis.diagnosticsMs.medianMs} ms`],
  ['GET /api/ports', (r) => `${r.analysis.portsMs.medianMs} ms`],
  ['reachability matrix', (r) => `${r.analysis.reachabilityMatrixMs.medianMs} ms`],
  ['live probe (median, max)', (r) => `${r.analysis.probeMs.medianMs} / ${r.analysis.probeMs.maxMs} ms`],
  ['server RSS', (r) => (r.server.rssKb ? `${(r.server.rssKb / 1024).toFixed(0)} MB` : 'n/a')],
];
const width = 34;
const col = 26;
console.log(`\nnetatlas bench, side by side (N=${runs[0].iterations})`);
for (const [name, cell] of rows) console.log(`  ${name.padEnd(width)}${runs.map((r) => cell(r).padStart(col)).join('')}`);
