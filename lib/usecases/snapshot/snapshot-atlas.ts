import 'server-only';
import { AppError } from '../../errors/app-error';
import { Atlas } from '../../engine/atlas/atlas';
import type { AtlasMessage } from '../../engine/atlas/atlas-messages';
import type { Snapshot } from '../../api/schemas/snapshot-schema';
import type { Topology } from '../../topology/types';

/** "taken at 2026-12-06 20:10:00 UTC on host atlas-1". */
export function snapshotOrigin(snapshot: Snapshot): string {
  const at = snapshot.takenAt.replace('T', ' ').replace(/\.\d+Z$|Z$/, ' UTC');
  return `taken at ${at} on host ${snapshot.topology.engine.name}`;
}

/** Marks a SnapshotAtlas whichever copy of this module made it. */
const BRAND = Symbol.for('netatlas.SnapshotAtlas');

/**
 * The atlas of a server that shows a snapshot (NETATLAS_SNAPSHOT) instead of engines: every read
 * answers the snapshot's map, it has no engine and no activity, and anything that would reach an
 * engine (a change, a probe) is refused with 409 `snapshot` saying why. Nothing here opens a socket.
 * `instanceof SnapshotAtlas` holds across copies of this module (instrumentation.ts is bundled apart
 * from the routes and may be the one that made it).
 */
export class SnapshotAtlas extends Atlas {
  constructor(readonly snapshot: Snapshot) {
    super([]);
    Object.defineProperty(this, BRAND, { value: true });
  }

  static [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === 'object' && value !== null && (value as { [BRAND]?: boolean })[BRAND] === true;
  }

  override async topology(): Promise<Topology> {
    return this.snapshot.topology;
  }

  /** The 409 for what a snapshot cannot do, e.g. `nothing can be changed or probed`. */
  refusal(what: string): AppError {
    return new AppError('snapshot', `netatlas shows a snapshot (${snapshotOrigin(this.snapshot)}), not a live engine: ${what}.`,
      'Start netatlas without NETATLAS_SNAPSHOT to work on a live engine.');
  }

  override member(): never {
    throw this.refusal('nothing can be changed or probed');
  }

  /** GET /api/health on a snapshot: the server is well, and shows a file, not an engine. */
  health() {
    const { takenAt, netatlasVersion, topology } = this.snapshot;
    const error = this.refusal('nothing can be changed or probed').toJSON().error;
    return {
      ok: true,
      snapshot: { takenAt, netatlasVersion, host: topology.engine.name },
      engine: { host: topology.engine.host, reachable: false, name: topology.engine.name, error },
      engines: [],
    };
  }

  /** A snapshot never changes: nothing is ever sent. */
  override subscribe(_fn: (m: AtlasMessage) => void): () => void {
    return () => {};
  }
}
