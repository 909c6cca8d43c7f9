/**
 * The captured Engine 20.10 (API 1.41) answers in engine-20.10.json (scripts/capture-fixtures.ts),
 * as the RawSnapshot buildTopology takes, plus lookups by role ("web", "api", ...) because the
 * recorded names carry the capture's run id. Test-only.
 */
import type { RawContainerInspect, RawContainerSummary, RawNetwork } from '../../wire/raw-types';
import type { RawSnapshot } from '../build-topology';
import raw from './engine-20.10.json';

export type Role =
  | 'app-net' | 'back-net'
  | 'web' | 'api' | 'db' | 'cache' | 'legacy-a' | 'legacy-b' | 'host' | 'none' | 'stopped' | 'exited' | 'sidecar';

interface Fixture {
  _meta: { roles: Record<Role, string>; runId: string; apiVersion: string; serverVersion: string };
  version: { Version: string; ApiVersion: string };
  info: { ID: string; Name: string };
  containers: RawContainerSummary[];
  networks: RawNetwork[];
  inspects: Record<string, RawContainerInspect>;
}

const fixture = raw as unknown as Fixture;

/** The run id of the capture: every recorded name is `nt-<captureRunId>-<role>`. */
export const captureRunId = fixture._meta.runId;

/** A fresh deep copy of the captured snapshot (tests may change it). */
export function fixtureSnapshot(): RawSnapshot {
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
}

/** The recorded name of a container or network by its role. */
export function nameOf(role: Role): string {
  return fixture._meta.roles[role];
}

/** The full id of a container or network by its role. */
export function idOf(role: Role): string {
  const name = nameOf(role);
  const c = fixture.containers.find((x) => x.Names.includes(`/${name}`));
  const n = fixture.networks.find((x) => x.Name === name);
  const id = c?.Id ?? n?.Id;
  if (!id) throw new Error(`no ${role} (${name}) in the fixture`);
  return id;
}

/** The recorded list entry and inspect result of a container by its role. */
export function rawContainer(role: Role): { summary: RawContainerSummary; inspect: RawContainerInspect } {
  const id = idOf(role);
  const snapshot = fixtureSnapshot();
  return { summary: snapshot.containers.find((c) => c.Id === id)!, inspect: snapshot.inspects[id]! };
}

const BUILTIN = new Set(['bridge', 'host', 'none']);

/**
 * The same snapshot as an engine with API >= 1.45 would report it. DERIVED, not captured: no such
 * engine is in the test matrix. Following moby's buildEndpointDNSNames, every endpoint on a
 * user-defined network gets `DNSNames` = [container name, aliases..., short id] (deduplicated), and
 * the short id is no longer among the `Aliases`. Endpoints on builtin networks get no DNSNames.
 */
export function api145Snapshot(): RawSnapshot {
  const snapshot = fixtureSnapshot();
  for (const inspect of Object.values(snapshot.inspects)) {
    if (!inspect) continue;
    const shortId = inspect.Id.slice(0, 12);
    const name = inspect.Name.replace(/^\//, '');
    for (const [network, endpoint] of Object.entries(inspect.NetworkSettings?.Networks ?? {})) {
      const aliases = (endpoint.Aliases ?? []).filter((a) => a !== shortId);
      endpoint.Aliases = aliases.length ? aliases : null;
      endpoint.DNSNames = BUILTIN.has(network) ? null : [...new Set([name, ...aliases, shortId])];
    }
  }
  return snapshot;
}
