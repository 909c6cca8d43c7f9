import type { Topology } from './types';

/**
 * True while a swarm task is on its way to running (`new`, `pending`, `assigned`, `preparing`,
 * `starting`, …). A manager emits no event when a task's state changes (and a worker's task reaches
 * the manager a moment after its container starts), so a watcher reads again until this is false.
 */
export function swarmSettling(t: Topology): boolean {
  return t.swarms.some((s) => s.services.some((svc) => svc.tasks.some((k) => k.desiredState === 'running' && k.state !== 'running' && !k.error
    && !['failed', 'rejected', 'shutdown', 'complete', 'orphaned', 'remove'].includes(k.state))));
}
