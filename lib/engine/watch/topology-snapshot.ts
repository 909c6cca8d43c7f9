import type { Topology } from '../../topology/types';

/**
 * The last topology read while the event stream was live, valid until the next engine event, with a
 * generation counter every event bumps. A read takes a few milliseconds; if an event came meanwhile,
 * its result may already be stale, so it is handed to its caller (whose browser refetches on that
 * event anyway) but not kept for the next one.
 */
export class TopologySnapshot {
  private kept: Topology | null = null;
  private generation = 0;

  /** The kept topology, or null once anything changed since it was read. */
  get current(): Topology | null {
    return this.kept;
  }

  /** Drops the snapshot: something changed, or the stream can no longer tell. */
  invalidate(): void {
    this.generation++;
    this.kept = null;
  }

  /**
   * Call just before a read. Hand its result to the returned function: it keeps the topology only if
   * nothing was invalidated in between, and says whether it did.
   */
  beginRead(): (t: Topology) => boolean {
    const generation = this.generation;
    return (t) => {
      if (generation !== this.generation) return false;
      this.kept = t;
      return true;
    };
  }
}
