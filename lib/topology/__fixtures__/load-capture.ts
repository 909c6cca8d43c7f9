/**
 * Reads one capture of scripts/capture-fixtures.ts (engine-<major.minor>.json) for the unit tests: the
 * RawSnapshot buildTopology takes, lookups by role ("web", "multi", ...) because the recorded names carry
 * the capture's run id, and what the engine itself answered at capture time (`ip route` inside each
 * container, nslookup), to hold the model against. Test-only.
 */
import type { RawContainerInspect, RawContainerSummary, RawNetwork } from '../../wire/raw-types';
import type { RawSnapshot } from '../build-topology';

/** `ip -4 route` / `ip -6 route` inside one container at capture time, one line per route. */
export interface RecordedRoutes {
  ipv4: string[];
  ipv6: string[];
}

/** One `nslookup <name>` run inside container `from` (a role) at capture time. */
export interface RecordedLookup {
  from: string;
  name: string;
  addresses: string[];
}

interface CaptureFile<R extends string> {
  _meta: {
    roles: Record<R, string>;
    runId: string;
    apiVersion: string;
    serverVersion: string;
    routes?: Partial<Record<R, RecordedRoutes>>;
    lookups?: RecordedLookup[];
  };
  version: { Version: string; ApiVersion: string; MinAPIVersion?: string };
  info: { ID: string; Name: string };
  containers: RawContainerSummary[];
  networks: RawNetwork[];
  inspects: Record<string, RawContainerInspect>;
}

export interface Capture<R extends string> {
  /** The run id of the capture: every recorded name is `nt-<runId>-<role>`. */
  runId: string;
  /** The API version the capture was recorded at (what netatlas negotiated). */
  apiVersion: string;
  /** A fresh deep copy of the captured snapshot (tests may change it). */
  snapshot(): RawSnapshot;
  /** The recorded name of a container or network by its role. */
  nameOf(role: R): string;
  /** The full id of a container or network by its role. */
  idOf(role: R): string;
  /** The recorded list entry and inspect result of a container by its role (fresh copies). */
  rawContainer(role: R): { summary: RawContainerSummary; inspect: RawContainerInspect };
  /** The roles of the containers whose routes were recorded, with what `ip route` said inside them. */
  routes(): Array<[R, RecordedRoutes]>;
  /** The recorded nslookup answers. */
  lookups(): RecordedLookup[];
}

/** The gateway of the `default via <gateway>` line of a recorded route table, or null when there is none. */
export function defaultVia(routes: string[]): string | null {
  for (const line of routes) {
    const m = /^default via (\S+)/.exec(line);
    if (m) return m[1];
  }
  return null;
}

/** Wraps one parsed capture file; `raw` is the imported JSON. */
export function loadCapture<R extends string>(raw: unknown): Capture<R> {
  const fixture = raw as CaptureFile<R>;
  const snapshot = (): RawSnapshot => {
    const copy = structuredClone(fixture);
    return {
      engine: {
        id: copy.info.ID,
        name: copy.info.Name,
        serverVersion: copy.version.Version,
        apiVersion: copy._meta.apiVersion,
        host: 'unix:///var/run/docker.sock',
        swarmManager: false,
        swarmNodeId: null,
      },
      networks: copy.networks,
      containers: copy.containers,
      inspects: copy.inspects,
    };
  };
  const nameOf = (role: R) => fixture._meta.roles[role];
  const idOf = (role: R) => {
    const name = nameOf(role);
    const id = fixture.containers.find((x) => x.Names.includes(`/${name}`))?.Id ?? fixture.networks.find((x) => x.Name === name)?.Id;
    if (!id) throw new Error(`no ${role} (${name}) in the capture`);
    return id;
  };
  return {
    runId: fixture._meta.runId,
    apiVersion: fixture._meta.apiVersion,
    snapshot,
    nameOf,
    idOf,
    rawContainer: (role) => {
      const id = idOf(role);
      const s = snapshot();
      return { summary: s.containers.find((c) => c.Id === id)!, inspect: s.inspects[id]! };
    },
    routes: () => Object.entries(fixture._meta.routes ?? {}) as Array<[R, RecordedRoutes]>,
    lookups: () => structuredClone(fixture._meta.lookups ?? []),
  };
}
