/**
 * The labs captured on Docker Engine 28.5 (API 1.51): for multi-tier, bridge-vs-user and port-mapping,
 * what a check saw right after "Set me up" (`before`), after the lab's CLI solution (`done`) and after
 * test/integration/labs.test.ts's breaking step (`broken`): the topology as read (only the lab's own
 * containers and networks, plus bridge, host and none) and the live evidence exactly as check-lab.ts
 * gathers it (planLabCheck, then a probe per planned probe and a loopback connect per host port, run in
 * the engine's network namespace). Captured by a vitest file kept out of git (.scratch/capture-labs/) that
 * runs setupLab, the lab's steps and labs.test.ts's breaking step with the docker CLI, then resetLab, on
 * that engine; recapture so when the shapes of Topology or ProbeResult change. Test-only.
 */
import type { Topology } from '../../topology/types';
import type { HostPortOutcome, LabEvidence, ProbeOutcome } from '../lab-outcomes';
import type { LabId } from '../lab-types';
import bridgeVsUserBefore from './bridge-vs-user-before-28.5.json';
import bridgeVsUserBroken from './bridge-vs-user-broken-28.5.json';
import bridgeVsUserDone from './bridge-vs-user-done-28.5.json';
import multiTierBefore from './multi-tier-before-28.5.json';
import multiTierBroken from './multi-tier-broken-28.5.json';
import multiTierDone from './multi-tier-done-28.5.json';
import portMappingBefore from './port-mapping-before-28.5.json';
import portMappingBroken from './port-mapping-broken-28.5.json';
import portMappingDone from './port-mapping-done-28.5.json';

export type CapturedLab = 'multi-tier' | 'bridge-vs-user' | 'port-mapping';
export type LabStage = 'before' | 'done' | 'broken';

interface CaptureFile {
  _meta: { lab: LabId; stage: LabStage; serverVersion: string; apiVersion: string; capturedAt: string };
  topology: Topology;
  /** By probeKey. */
  probes: Record<string, ProbeOutcome>;
  /** By host port (JSON keys are strings). */
  hostPorts: Record<string, HostPortOutcome>;
}

const FILES: Record<CapturedLab, Record<LabStage, unknown>> = {
  'multi-tier': { before: multiTierBefore, done: multiTierDone, broken: multiTierBroken },
  'bridge-vs-user': { before: bridgeVsUserBefore, done: bridgeVsUserDone, broken: bridgeVsUserBroken },
  'port-mapping': { before: portMappingBefore, done: portMappingDone, broken: portMappingBroken },
};

export interface LabCapture {
  serverVersion: string;
  topology: Topology;
  evidence: LabEvidence;
}

/** A fresh deep copy of one capture (tests may change it), with the evidence as judgeLab takes it. */
export function labCapture(lab: CapturedLab, stage: LabStage): LabCapture {
  const file = structuredClone(FILES[lab][stage]) as CaptureFile;
  return {
    serverVersion: file._meta.serverVersion,
    topology: file.topology,
    evidence: {
      probes: new Map(Object.entries(file.probes)),
      hostPorts: new Map(Object.entries(file.hostPorts).map(([port, outcome]) => [Number(port), outcome])),
    },
  };
}

/** The IPv4 address of a container (by name) on a network (by name) in a captured topology. */
export function ipOn(t: Topology, container: string, network: string): string {
  const c = t.containers.find((x) => x.name === container);
  const n = t.networks.find((x) => x.name === network);
  const e = t.endpoints.find((x) => x.containerId === c?.id && x.networkId === n?.id);
  if (!e?.ipv4) throw new Error(`${container} has no IPv4 address on ${network} in this capture`);
  return e.ipv4;
}
