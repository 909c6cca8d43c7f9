/**
 * The captured Engine 20.10 (API 1.41) answers in engine-20.10.json (scripts/capture-fixtures.ts),
 * as the RawSnapshot buildTopology takes, plus lookups by role ("web", "api", ...) because the
 * recorded names carry the capture's run id. Test-only. Engine 28.5: engine-28.5-fixture.ts.
 */
import type { RawContainerInspect, RawContainerSummary } from '../../wire/raw-types';
import type { RawSnapshot } from '../build-topology';
import raw from './engine-20.10.json';
import { loadCapture } from './load-capture';

export type Role =
  | 'app-net' | 'back-net'
  | 'web' | 'api' | 'db' | 'cache' | 'legacy-a' | 'legacy-b' | 'host' | 'none' | 'stopped' | 'exited' | 'sidecar';

const capture = loadCapture<Role>(raw);

/** The run id of the capture: every recorded name is `nt-<captureRunId>-<role>`. */
export const captureRunId = capture.runId;

/** A fresh deep copy of the captured snapshot (tests may change it). */
export function fixtureSnapshot(): RawSnapshot {
  return capture.snapshot();
}

/** The recorded name of a container or network by its role. */
export function nameOf(role: Role): string {
  return capture.nameOf(role);
}

/** The full id of a container or network by its role. */
export function idOf(role: Role): string {
  return capture.idOf(role);
}

/** The recorded list entry and inspect result of a container by its role. */
export function rawContainer(role: Role): { summary: RawContainerSummary; inspect: RawContainerInspect } {
  return capture.rawContainer(role);
}
