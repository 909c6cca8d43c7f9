/**
 * The captured one-node swarm of Engine 20.10 (API 1.41) in swarm-20.10.json
 * (scripts/capture-swarm-fixture.ts): services nt-web (2 replicas, vip, 8080:80 on ingress), nt-dns
 * (global, dnsrr, 9090:90 in host mode, one replaced task) and nt-fail (a failed task), overlay
 * nt-swarm-net, standalone nt-solo. Test-only.
 */
import type { RawContainerInspect, RawContainerSummary, RawNetwork } from '../../wire/raw-types';
import type { RawNode, RawService, RawSwarmInfo, RawTask } from '../../wire/raw-swarm-types';
import type { RawSwarm } from '../to-swarm';
import raw from './swarm-20.10.json';

interface SwarmFixture {
  _meta: { runId: string; apiVersion: string; serverVersion: string; advertiseAddr: string };
  info: { ID: string; Name: string; ServerVersion: string; Swarm: RawSwarmInfo };
  services: RawService[];
  tasks: RawTask[];
  nodes: RawNode[];
  containers: RawContainerSummary[];
  networks: RawNetwork[];
  inspects: Record<string, RawContainerInspect>;
}

const fixture = raw as unknown as SwarmFixture;

/** A fresh deep copy of the whole capture (tests may change it). */
export function swarmCapture(): SwarmFixture {
  return structuredClone(fixture);
}

/** The capture as toSwarm takes it (a fresh copy). */
export function rawSwarmFixture(): RawSwarm {
  const copy = swarmCapture();
  return { clusterId: copy.info.Swarm.Cluster?.ID ?? '', nodeId: copy.info.Swarm.NodeID ?? '', services: copy.services, tasks: copy.tasks, nodes: copy.nodes };
}

/** The id of a captured service or network by its name. */
export function swarmIdOf(name: string): string {
  const id = fixture.services.find((s) => s.Spec.Name === name)?.ID ?? fixture.networks.find((n) => n.Name === name)?.Id;
  if (!id) throw new Error(`no service or network ${name} in the swarm fixture`);
  return id;
}
