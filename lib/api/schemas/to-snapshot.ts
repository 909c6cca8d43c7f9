import type { Diagnostic } from '../../analysis/diagnostic-types';
import type { Topology } from '../../topology/types';
import { SNAPSHOT_FORMAT } from './snapshot-format';
import type { Snapshot } from './snapshot-schema';

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
export function toSnapshot(topology: Topology, takenAt: Date, netatlasVersion: string, diagnostics?: Diagnostic[]): Snapshot {
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
    ...(diagnostics ? { diagnostics } : {}),
  };
}

/** A file name netatlas offers a download under: `netatlas-<what>-<host>-<time>.<ext>`, safe on every OS. */
export function exportFileName(what: 'snapshot' | 'map', engineName: string, isoTime: string, ext: string): string {
  const host = engineName.replace(/[^A-Za-z0-9._-]+/g, '-').slice(0, 40) || 'engine';
  return `netatlas-${what}-${host}-${isoTime.replace(/[:.]/g, '-')}.${ext}`;
}

/** The file name a snapshot is offered under: `netatlas-snapshot-<host>-<time>.json`. */
export function snapshotFileName(snapshot: Pick<Snapshot, 'takenAt' | 'topology'>): string {
  return exportFileName('snapshot', snapshot.topology.engine.name, snapshot.takenAt, 'json');
}
