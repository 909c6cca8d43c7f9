import type { Topology } from './types';
import { SNAPSHOT_FORMAT, type Snapshot } from './snapshot-schema';

/**
 * An engine address without anything secret: a password in its user part or a query string (Docker's
 * own addresses never carry either, but a hand-written DOCKER_HOST might) is left out.
 */
export function withoutCredentials(address: string): string {
  return address.replace(/^([a-z][a-z0-9+.-]*:\/\/)([^/@]*)@/i, (_, scheme: string, user: string) => `${scheme}${user.split(':')[0]}@`).replace(/\?.*$/, '');
}

/**
 * The map as a file (netatlas.snapshot/1): the topology exactly as GET /api/topology answers it —
 * which holds no environment values and only the label values the policy lets through — with every
 * engine address stripped of credentials once more.
 */
export function toSnapshot(topology: Topology, takenAt: Date, netatlasVersion: string): Snapshot {
  return {
    format: SNAPSHOT_FORMAT,
    takenAt: takenAt.toISOString(),
    netatlasVersion,
    topology: {
      ...topology,
      engine: { ...topology.engine, host: withoutCredentials(topology.engine.host) },
      engines: topology.engines.map((e) => ({
        ...e, host: withoutCredentials(e.host), info: e.info && { ...e.info, host: withoutCredentials(e.info.host) },
      })),
    },
  };
}

/** The file name a snapshot is offered under: `netatlas-snapshot-<host>-<time>.json`, safe on every OS. */
export function snapshotFileName(snapshot: Pick<Snapshot, 'takenAt' | 'topology'>): string {
  const host = snapshot.topology.engine.name.replace(/[^A-Za-z0-9._-]+/g, '-').slice(0, 40) || 'engine';
  return `netatlas-snapshot-${host}-${snapshot.takenAt.replace(/[:.]/g, '-')}.json`;
}
