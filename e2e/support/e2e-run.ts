/**
 * The e2e run: its id, the names of what it creates on the engine, and the file that hands them from
 * globalSetup to the specs and to globalTeardown (which must find the run even when setup crashed
 * half-way, so the file is written before anything is created).
 */
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
export const OUTPUT_DIR = process.env.NETATLAS_TEST_OUTPUT || path.join(ROOT, '.test-output');
export const RUN_FILE = path.join(OUTPUT_DIR, 'e2e-run.json');

export interface E2ERun {
  runId: string;
  /** Value of the `netatlas.test` label on every resource of this run: `e2e-<runId>`. */
  label: string;
  names: ReturnType<typeof e2eNames>;
  /** Host ports published on the host (picked free at setup time). */
  ports: { db: number; web: number };
}

/** Names of the e2e topology: `nt-<runId>-<role>`. */
export function e2eNames(runId: string) {
  const n = (role: string) => `nt-${runId}-${role}`;
  return {
    backend: n('backend'),
    frontend: n('frontend'),
    api: n('api'),
    db: n('db'),
    web: n('web'),
    stopped: n('stopped'),
    hostMode: n('hostmode'),
    bridgeA: n('bridge-a'),
    bridgeB: n('bridge-b'),
  };
}

/** Records the run (before anything is created). */
export function writeRun(run: E2ERun): void {
  fs.mkdirSync(OUTPUT_DIR, { recursive: true });
  fs.writeFileSync(RUN_FILE, `${JSON.stringify(run, null, 2)}\n`);
}

/** The current run, or null when there is none (no setup ran, or teardown already removed it). */
export function findRun(): E2ERun | null {
  try {
    return JSON.parse(fs.readFileSync(RUN_FILE, 'utf8')) as E2ERun;
  } catch {
    return null;
  }
}

/** The current run, for specs: setup must have written it. */
export function readRun(): E2ERun {
  const run = findRun();
  if (!run) throw new Error(`no e2e run recorded in ${RUN_FILE}: run the suite with \`playwright test\` (globalSetup writes it)`);
  return run;
}

export function forgetRun(): void {
  fs.rmSync(RUN_FILE, { force: true });
}
