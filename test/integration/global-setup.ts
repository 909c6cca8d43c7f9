/**
 * Vitest globalSetup for the integration tests: the engine must answer and the busybox test image
 * must exist before any file runs; at the end, everything this run labelled is removed, including
 * what a crashed file's afterAll could not remove. Each file labels its resources
 * `netatlas.test=<its run id>` plus `netatlas.test.session=<this run>` (see support/scenario.ts).
 */
import type { TestProject } from 'vitest/node';
import { TEST_SESSION_LABEL, engine, ensureImage, newRunId, removeLabelled, requireEngine } from '../support/test-engine';

declare module 'vitest' {
  export interface ProvidedContext {
    netatlasSession: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const docker = engine();
  await requireEngine(docker);
  await ensureImage(docker);
  const session = newRunId();
  project.provide('netatlasSession', session);
  return async () => {
    const removed = await removeLabelled(docker, TEST_SESSION_LABEL, session);
    if (removed.containers || removed.networks) {
      console.warn(`[integration teardown] removed ${removed.containers} container(s), ${removed.networks} network(s) left by this run`);
    }
  };
}
