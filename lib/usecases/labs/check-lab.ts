import 'server-only';
import { AppError } from '../../errors/app-error';
import type { EngineClient } from '../../engine/engine-client';
import { readTopology } from '../../engine/read-topology';
import { judgeLab } from '../../labs/judge-lab';
import { labById } from '../../labs/lab-catalogue';
import type { HostPortOutcome, ProbeOutcome } from '../../labs/lab-outcomes';
import type { LabCheck, LabId } from '../../labs/lab-types';
import { planLabCheck, type PlannedProbe } from '../../labs/plan-lab-check';
import { probeContainers } from '../probe/probe-containers';
import { connectLoopback } from './host-port-connect';

/** The engine a lab is checked on: its client, netatlas's id for it and its address for people. */
export interface LabEngine {
  client: EngineClient;
  id: string;
  host: string;
}

export interface CheckOptions {
  /** Extra labels on the probe helpers (the tests mark theirs). */
  labels?: Record<string, string>;
}

/** Errors that mean the engine itself is not usable: the whole check fails with them. */
const FATAL = new Set(['engine_unreachable', 'engine_permission_denied', 'engine_too_old', 'invalid_docker_host', 'engine_misconfigured', 'snapshot']);

/** Runs one planned probe; a refusal (a probe already running from it, a stopped source) becomes the goal's words. */
async function runProbe(engine: LabEngine, p: PlannedProbe, opts: CheckOptions): Promise<ProbeOutcome> {
  if (p.blocked) return { ok: false, why: p.blocked };
  try {
    const body = p.port === null ? { from: p.from, to: p.to, protocol: 'icmp' as const, port: null } : { from: p.from, to: p.to, protocol: 'tcp' as const, port: p.port };
    return { ok: true, result: await probeContainers(engine.client, body, { engineId: engine.id, labels: opts.labels }) };
  } catch (err) {
    if (err instanceof AppError && !FATAL.has(err.code)) return { ok: false, why: err.message.replace(/\.$/, '') };
    throw err;
  }
}

/** Probes from different containers run at once; those from one container one after another (a probe slot each). */
async function runProbes(engine: LabEngine, planned: PlannedProbe[], opts: CheckOptions): Promise<Map<string, ProbeOutcome>> {
  const bySource = new Map<string, PlannedProbe[]>();
  for (const p of planned) bySource.set(p.from, [...(bySource.get(p.from) ?? []), p]);
  const outcomes = new Map<string, ProbeOutcome>();
  await Promise.all([...bySource.values()].map(async (list) => {
    for (const p of list) outcomes.set(p.key, await runProbe(engine, p, opts));
  }));
  return outcomes;
}

/** 127.0.0.1 is the engine's host only when the engine is on this machine (a local socket). */
async function tryHostPort(engine: LabEngine, port: number): Promise<HostPortOutcome> {
  if (!/^(unix|npipe):|^tcp:\/\/(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:|\/|$)/i.test(engine.host)) {
    return { tried: false, why: `the engine is at ${engine.host}, another host, whose 127.0.0.1 netatlas cannot reach; try nc -z 127.0.0.1 ${port} there` };
  }
  return connectLoopback(port);
}

/** Checks running now, by engine and lab: a second request while one runs gets the same answer. */
const running = new Map<string, Promise<LabCheck>>();

/**
 * POST /api/labs/{id}/check: reads the engine, runs the live probes and host connects the goals ask
 * for, and judges every goal with its evidence. Reachability comes only from the probes. Two checks of
 * one lab at once (two tabs) share one run: otherwise the second would find the probe slots taken.
 */
export function checkLab(engine: LabEngine, id: LabId, opts: CheckOptions = {}): Promise<LabCheck> {
  const key = `${engine.id}/${id}`;
  const inFlight = running.get(key);
  if (inFlight) return inFlight;
  const run = checkNow(engine, id, opts).finally(() => running.delete(key));
  running.set(key, run);
  return run;
}

async function checkNow(engine: LabEngine, id: LabId, opts: CheckOptions): Promise<LabCheck> {
  const lab = labById(id);
  const topology = await readTopology(engine.client, engine.id);
  const plan = planLabCheck(lab, topology);
  const [probes, hostPorts] = await Promise.all([
    runProbes(engine, plan.probes, opts),
    Promise.all(plan.hostPorts.map(async (port) => [port, await tryHostPort(engine, port)] as const)).then((xs) => new Map(xs)),
  ]);
  const goals = judgeLab(lab, topology, { probes, hostPorts });
  return { id, done: goals.every((g) => g.met), goals, checkedAt: new Date().toISOString() };
}
