#!/usr/bin/env node
/**
 * Sums up a scripts/test.sh run from its stage list (.test-output/stages.tsv: name, exit status or
 * "skipped", report path) and the vitest / Playwright JSON reports. Prints one line per stage, then
 * as the very last line `N passed, N failed[, N skipped]`. A stage that exited non-zero without a
 * report (or with a report that shows no failure) counts as one failure. Exits 1 when anything failed.
 */
import fs from 'node:fs';

/** Counts from a vitest `--reporter=json` report (jest-compatible shape). */
function fromVitest(r) {
  const counts = {
    passed: r.numPassedTests ?? 0,
    failed: r.numFailedTests ?? 0,
    skipped: (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0),
  };
  // A file that failed to load or whose hooks failed has no failed test of its own: count it once.
  for (const file of r.testResults ?? []) {
    const failedTests = (file.assertionResults ?? []).filter((a) => a.status === 'failed').length;
    if (file.status === 'failed' && failedTests === 0) counts.failed += 1;
  }
  return counts;
}

/** Counts from a Playwright `json` report; errors outside tests (global setup, config) count as failures. */
function fromPlaywright(r) {
  const s = r.stats ?? {};
  return {
    passed: (s.expected ?? 0) + (s.flaky ?? 0),
    failed: (s.unexpected ?? 0) + (r.errors?.length ?? 0),
    skipped: s.skipped ?? 0,
  };
}

function readReport(path) {
  try {
    const r = JSON.parse(fs.readFileSync(path, 'utf8'));
    return 'stats' in r && 'suites' in r ? fromPlaywright(r) : fromVitest(r);
  } catch {
    return null;
  }
}

function main(stagesFile) {
  const lines = fs.existsSync(stagesFile) ? fs.readFileSync(stagesFile, 'utf8').split('\n').filter(Boolean) : [];
  const total = { passed: 0, failed: 0, skipped: 0 };
  if (lines.length === 0) {
    console.log(`no stage ran (${stagesFile} is missing or empty)`);
    total.failed += 1;
  }
  for (const line of lines) {
    const [name, status, report] = line.split('\t');
    if (status === 'skipped') {
      console.log(`${name.padEnd(12)} skipped`);
      continue;
    }
    const ok = status === '0';
    if (!report) {
      console.log(`${name.padEnd(12)} ${ok ? 'ok' : `FAILED (exit ${status})`}`);
      if (!ok) total.failed += 1;
      continue;
    }
    const counts = readReport(report);
    if (!counts) {
      console.log(`${name.padEnd(12)} CRASHED (exit ${status}, no report at ${report})`);
      total.failed += 1;
      continue;
    }
    if (!ok && counts.failed === 0) counts.failed = 1; // exited non-zero with every test passing
    console.log(`${name.padEnd(12)} ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped (exit ${status})`);
    for (const k of Object.keys(total)) total[k] += counts[k];
  }
  console.log(`${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`);
  return total.failed === 0 ? 0 : 1;
}

process.exitCode = main(process.argv[2] ?? '.test-output/stages.tsv');
