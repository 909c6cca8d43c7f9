/**
 * Playwright globalSetup: the engine must answer and the busybox test image must exist; then the e2e
 * topology is created under a fresh run id (recorded first, so globalTeardown finds it even when
 * creating fails half-way). A run left behind by a crashed earlier e2e run is removed first.
 */
import { TEST_LABEL, engine, ensureImage, newRunId, removeLabelled, requireEngine } from '../test/support/test-engine';
import { createTopology, pickPorts } from './support/create-topology';
import { e2eNames, findRun, writeRun, type E2ERun } from './support/e2e-run';

export default async function globalSetup(): Promise<void> {
  const docker = engine();
  await requireEngine(docker);
  const previous = findRun();
  if (previous) await removeLabelled(docker, TEST_LABEL, previous.label);

  await ensureImage(docker);
  const runId = newRunId();
  const run: E2ERun = { runId, label: `e2e-${runId}`, names: e2eNames(runId), ports: await pickPorts() };
  writeRun(run);
  const started = Date.now();
  await createTopology(docker, run);
  console.log(`[e2e setup] topology nt-${runId}-* (label ${TEST_LABEL}=${run.label}) created in ${Date.now() - started} ms`);
}
