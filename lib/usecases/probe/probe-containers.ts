import 'server-only';
import { AppError } from '../../errors/app-error';
import type { ProbeBody } from '../../api/schemas/probe-body';
import { compareProbe } from '../../analysis/compare-probe';
import type { ProbeResult } from '../../analysis/probe-types';
import { reachability } from '../../analysis/reachability';
import type { Container, Topology } from '../../topology/types';
import { serviceAddressesOf } from '../../topology/with-service-names';
import { findContainer } from '../../topology/topology-refs';
import type { EngineClient, EngineSession } from '../../engine/engine-client';
import { imagePresent } from '../../engine/image-ops';
import { readTopology } from '../../engine/read-topology';
import { resolveContainer } from '../../engine/resolve-refs';
import { containerName } from '../../topology/to-container';
import { helperSpec } from '../../engine/probe/helper-spec';
import { parseProbeOutput } from '../../engine/probe/parse-probe-output';
import { PROBE_TIME_LIMIT_MS, probeImage } from '../../engine/probe/probe-config';
import { addressesOf, buildProbePlan } from './probe-plan';
import { takeProbeSlot } from '../../engine/probe/probe-slots';
import { runHelper } from '../../engine/probe/run-helper';
import { toProbeTargets } from '../../engine/probe/to-probe-targets';
import { answersPackets } from '../../topology/container-state';
import { stackOwner } from '../../topology/stack-owner';

export interface ProbeOptions {
  /** Default: NETATLAS_PROBE_IMAGE, else busybox. */
  image?: string;
  /** Default: PROBE_TIME_LIMIT_MS (10 s). */
  timeLimitMs?: number;
  /** Extra labels on the helper (the tests mark theirs). */
  labels?: Record<string, string>;
  /** netatlas's id of the engine (see EngineEntry.id), stamped on what the probe reads. */
  engineId?: string;
  /**
   * The map of every engine, when there are several: B may then run on another engine (reached over
   * a swarm network both are on); the helper still runs on A's engine, in A's network stack.
   */
  merged?: () => Promise<Topology>;
}

async function orNull<T>(p: Promise<T>): Promise<T | null> {
  try {
    return await p;
  } catch (err) {
    if (err instanceof AppError && err.code === 'not_found') return null;
    throw err;
  }
}

const TOOLS = 'sh, nslookup, nc, ping, timeout, sed, head and adjtimex';


/** A must be running and must not use the host's stack (a helper there would act on the host's network). */
function checkSource(t: Topology, source: Container, target: string): void {
  if (!answersPackets(source.state)) {
    throw new AppError('conflict', `Cannot probe from ${source.name}: it is ${source.state}, so it has no network stack to run a probe in. Start it first (docker start ${source.name}).`);
  }
  const owner = stackOwner(source, new Map(t.containers.map((x) => [x.id, x])));
  if (owner.networkMode === 'host') {
    const how = owner === source ? 'it runs in host mode' : `it shares the stack of ${owner.name}, which runs in host mode`;
    throw new AppError(
      'conflict',
      `Cannot probe from ${source.name}: ${how}, so a helper there would act on the host's own network, which a probe never does. ` +
        `It reaches ${target} as the host does: at ${target}'s addresses, or its published ports.`,
    );
  }
}

function imageMissing(image: string): AppError {
  return new AppError(
    'conflict',
    `The probe image "${image}" is not on this engine, and netatlas never pulls images.`,
    `Run \`docker pull ${image}\` on the engine's host, or set NETATLAS_PROBE_IMAGE to a busybox image it has (with ${TOOLS}).`,
  );
}

async function checkImage(docker: EngineSession['docker'], image: string): Promise<void> {
  if (!(await imagePresent(docker, image))) throw imageMissing(image);
}

function lacking(image: string, what: string): AppError {
  return new AppError('conflict', `The probe image "${image}" cannot run the probe: ${what}.`, `Set NETATLAS_PROBE_IMAGE to a busybox image with ${TOOLS}.`);
}

/**
 * POST /api/probe: resolves both refs exactly, takes a probe slot, predicts from the topology, runs
 * the helper in A's network stack with B's names and addresses, and sets the two side by side.
 */
export async function probeContainers(client: EngineClient, body: ProbeBody, opts: ProbeOptions = {}): Promise<ProbeResult> {
  const started = Date.now();
  const [from, to] = await client.call(({ docker }) =>
    Promise.all([resolveContainer(docker, body.from), opts.merged ? orNull(resolveContainer(docker, body.to)) : resolveContainer(docker, body.to)]));
  const release = takeProbeSlot(from.Id, containerName(from));
  try {
    const topology = opts.merged ? await opts.merged() : await readTopology(client, opts.engineId);
    const source = topology.containers.find((c) => c.id === from.Id);
    const target = to ? topology.containers.find((c) => c.id === to.Id) : findContainer(topology, body.to);
    if (!source || !target) throw new AppError('not_found', `${source ? (to ? containerName(to) : body.to) : containerName(from)} was removed meanwhile.`);
    checkSource(topology, source, target.name);
    const prediction = reachability(topology, source.id, target.id);
    const plan = buildProbePlan(topology, prediction, target, body);
    const image = opts.image ?? probeImage();
    const run = await client.call(async (session) => {
      await checkImage(session.docker, image);
      return runHelper(session, helperSpec(source.id, plan, { image, labels: opts.labels }), opts.timeLimitMs ?? PROBE_TIME_LIMIT_MS);
    }).catch((err: AppError) => {
      throw /executable file not found/i.test(err.message) ? lacking(image, 'it has no sh') : err;
    });
    const output = parseProbeOutput(run.stdout, plan.targets.length);
    if (output.missing.length) throw lacking(image, `it has no ${output.missing.join(', ')}`);
    if (!run.timedOut && !output.done) {
      const said = run.stderr.trim().split('\n')[0]?.slice(0, 200) || `exit status ${run.exitCode}`;
      throw new AppError('engine_error', `The probe helper stopped before it finished (${said}).`);
    }
    const results = toProbeTargets(plan, output);
    // A task is reached by its service's names at any task of the service (tasks.<name>, the VIP).
    const service = serviceAddressesOf(topology.swarms, target.id);
    const addresses = [...addressesOf(topology, target.id, source.id), ...service.vips, ...service.tasks, ...prediction.ips];
    const verdict = compareProbe(prediction, results, addresses, { ...plan, vips: service.vips });
    return {
      from: { id: source.id, name: source.name },
      to: { id: target.id, name: target.name },
      protocol: plan.protocol,
      port: plan.port,
      reachable: verdict.reachable,
      results,
      prediction,
      disagreements: verdict.disagreements,
      durationMs: Date.now() - started,
    };
  } finally {
    release();
  }
}
