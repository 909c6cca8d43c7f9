/**
 * Playwright globalTeardown: removes everything the run labelled. It also runs when tests failed
 * and when globalSetup threw half-way (Playwright still runs the teardown then).
 */
import { TEST_LABEL, engine, removeLabelled } from '../test/support/test-engine';
import { findRun, forgetRun } from './support/e2e-run';

export default async function globalTeardown(): Promise<void> {
  const run = findRun();
  if (!run) return;
  const removed = await removeLabelled(engine(), TEST_LABEL, run.label);
  forgetRun();
  console.log(`[e2e teardown] removed ${removed.containers} container(s) and ${removed.networks} network(s) labelled ${TEST_LABEL}=${run.label}`);
}
