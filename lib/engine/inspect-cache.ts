import type { RawContainerInspect, RawContainerSummary } from '../wire/raw-types';
import { holdsNetworkStack } from '../topology/container-state';
import { eachAtMost } from './each-at-most';

/**
 * What in a running container's list entry changes whenever something netatlas reads from its
 * inspect result can change: aliases and DNS names belong to an endpoint, and a new endpoint gets a
 * new EndpointID; a rename, a start or a stop changes the name or the state. So an unchanged
 * signature means the cached inspect result is still true, and a warm topology costs only the two
 * list calls. A container that is not running has no EndpointID in the list, so a reconnect with a
 * new alias would leave its signature unchanged: those are never cached (see {@link isCacheable}).
 */
export function inspectSignature(c: RawContainerSummary): string {
  const nets = Object.entries(c.NetworkSettings?.Networks ?? {})
    .map(([name, n]) => `${name}=${n.NetworkID ?? ''}/${n.EndpointID ?? ''}/${n.IPAddress ?? ''}`)
    .sort()
    .join(',');
  return `${c.Names?.join('|')};${c.State};${nets}`;
}

/** Only containers whose endpoints carry EndpointIDs in the list can be validated by signature. */
export function isCacheable(c: RawContainerSummary): boolean {
  return holdsNetworkStack(c.State);
}

interface Entry {
  signature: string;
  value: RawContainerInspect;
}

/** Per-container cache of inspect results, invalidated by the list entry's {@link inspectSignature}. */
export class InspectCache {
  private entries = new Map<string, Entry>();
  constructor(private readonly concurrency = 8) {}

  /**
   * Inspect results for every listed container, fetching only the ones that changed. `containers` is
   * the whole list unless `partial` (a few entries read again): then the others are kept.
   */
  async getMany(
    containers: RawContainerSummary[],
    inspect: (id: string) => Promise<RawContainerInspect | undefined>,
    partial = false,
  ): Promise<Record<string, RawContainerInspect | undefined>> {
    const out: Record<string, RawContainerInspect | undefined> = {};
    const stale: RawContainerSummary[] = [];
    for (const c of containers) {
      const hit = isCacheable(c) ? this.entries.get(c.Id) : undefined;
      if (hit && hit.signature === inspectSignature(c)) out[c.Id] = hit.value;
      else stale.push(c);
    }
    await eachAtMost(stale, this.concurrency, async (c) => {
      const value = await inspect(c.Id);
      out[c.Id] = value;
      if (value && isCacheable(c)) this.entries.set(c.Id, { signature: inspectSignature(c), value });
      else this.entries.delete(c.Id);
    });
    if (!partial) this.prune(new Set(containers.map((c) => c.Id)));
    return out;
  }

  /** The last inspect result kept for a container, whether or not its list entry changed since. */
  peek(id: string): RawContainerInspect | undefined {
    return this.entries.get(id)?.value;
  }

  /** Forgets one container (e.g. on an engine event that concerns it). */
  invalidate(id: string): void {
    this.entries.delete(id);
  }

  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }

  private prune(live: Set<string>): void {
    for (const id of this.entries.keys()) if (!live.has(id)) this.entries.delete(id);
  }
}
