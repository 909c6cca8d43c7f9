import type { RawContainerInspect, RawContainerSummary } from '../wire/raw-types';
import { jsonEqual } from './json-equal';
import type { LabelPolicy } from './label-policy';
import type { Container, Endpoint, Network } from './types';

/** One container's part of a topology: the container and its endpoints, default routes marked. */
export interface ContainerPart {
  container: Container;
  endpoints: Endpoint[];
}

interface Kept {
  inspect: RawContainerInspect | null;
  /** The build's circumstances it was made in (see begin). */
  generation: object;
  part: ContainerPart;
}

/**
 * What the last builds of one engine made of each container, for the next build: a live change
 * re-reads only the containers its events touched (read-topology-patch), and every other container
 * comes back as the very list entry and inspect it was. Handing back the part built from them skips
 * rebuilding it and keeps its identity, so diffing the new topology against the last version is a
 * reference check for all but what changed (at 1,000 containers, build and diff ~50 → ~10 ms).
 *
 * A part is kept only while it cannot have changed: the same list entry and inspect objects, and
 * the same circumstances (engine, version, label policy and networks, deep-equal: an endpoint takes
 * its network's id and DNS, its default route the network's driver, name and internal flag).
 * A container in another's network stack (`container:<ref>`) names that container, so it is always
 * rebuilt.
 */
export class BuildMemo {
  private readonly kept = new WeakMap<RawContainerSummary, Kept>();
  private generation: object = {};
  private circumstances: { engineId: string; serverVersion: string; labels: LabelPolicy; networks: Network[] } | null = null;

  /** Starts a build: parts made under other circumstances than the last build's are not handed out. */
  begin(engineId: string, serverVersion: string, labels: LabelPolicy, networks: Network[]): void {
    const was = this.circumstances;
    const same = was !== null && was.engineId === engineId && was.serverVersion === serverVersion && was.labels === labels
      && jsonEqual(was.networks, networks);
    if (!same) this.generation = {};
    this.circumstances = { engineId, serverVersion, labels, networks };
  }

  /** The part built from exactly this list entry and inspect under this build's circumstances, if any. */
  get(summary: RawContainerSummary, inspect: RawContainerInspect | null): ContainerPart | undefined {
    const k = this.kept.get(summary);
    return k && k.inspect === inspect && k.generation === this.generation ? k.part : undefined;
  }

  /** Keeps a part for the next build (not one that depends on another container). */
  set(summary: RawContainerSummary, inspect: RawContainerInspect | null, part: ContainerPart): void {
    if (part.container.networkMode.startsWith('container:')) return;
    this.kept.set(summary, { inspect, generation: this.generation, part });
  }
}
