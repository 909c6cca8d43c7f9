/**
 * A one-node swarm on a second engine (test/support/second-engine.ts), never on the main engine:
 * `docker swarm init` there, an attachable overlay, a replicated service publishing a port on the
 * routing mesh, and a standalone container on the overlay. Used by test/integration/swarm.test.ts
 * and scripts/capture-swarm-fixture.ts. Everything carries the run's `netatlas.test` label.
 *
 * The second engine's network namespace has only `lo` and the engine's `docker0`, and `swarm init`
 * without `--advertise-addr` fails there ("could not find the system's IP address"). It advertises
 * docker0's address: an address of a local interface is all a one-node swarm needs (no peer ever
 * dials it). A dummy interface would do too, but this kernel has no `dummy` link type.
 */
import { execFileSync } from 'node:child_process';
import { dockerCli } from '../../support/docker-cli';
import type { SecondEngine } from '../../support/second-engine';
import { TEST_IMAGE, createContainer, withOwner } from '../../support/test-engine';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The IPv4 address of the engine's docker0 inside its network namespace. */
export function docker0Address(h: SecondEngine): string {
  const out = execFileSync('nsenter', [`--net=/run/netns/${h.netns}`, 'ip', '-4', '-o', 'addr', 'show', 'docker0'], { encoding: 'utf8' });
  const m = /inet (\d+\.\d+\.\d+\.\d+)\//.exec(out);
  if (!m) throw new Error(`docker0 of ${h.netns} has no IPv4 address:\n${out}`);
  return m[1];
}

/** `docker swarm init` on the second engine; overlay networks take /24s from `addrPool`. Returns the advertised address. */
export async function initSwarm(h: SecondEngine, addrPool: string): Promise<string> {
  const addr = docker0Address(h);
  await dockerCli('-H', h.host, 'swarm', 'init', '--advertise-addr', addr, '--default-addr-pool', addrPool);
  return addr;
}

/** `docker swarm leave --force`; quiet when the engine is in no swarm (or no longer answers). */
export async function leaveSwarm(h: SecondEngine): Promise<void> {
  if (!h.pid) return;
  await dockerCli('-H', h.host, 'swarm', 'leave', '--force').catch((err: Error) => {
    if (!/not part of a swarm/i.test(err.message)) console.warn(`[swarm] swarm leave failed: ${err.message}`);
  });
}

/** `--label k=v` (service and network) and `--container-label k=v` (its task containers). */
function labelFlags(label: Record<string, string>): string[] {
  return Object.entries(withOwner(label)).flatMap(([k, v]) => ['--label', `${k}=${v}`, '--container-label', `${k}=${v}`]);
}

/** Waits until `service` has `count` tasks in `state` (`running`, `failed`, …); returns their ids. */
export async function waitForTasks(h: SecondEngine, service: string, count: number, state = 'running', timeoutMs = 60_000): Promise<string[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const tasks = await h.docker.listTasks({ filters: JSON.stringify({ service: [service] }) });
    const matching = tasks.filter((t) => t.Status?.State === state);
    if (matching.length >= count) return matching.map((t) => t.ID as string);
    if (Date.now() > deadline) {
      const states = tasks.map((t) => `${t.ID}: ${t.Status?.State} ${t.Status?.Err ?? ''}`).join('; ');
      throw new Error(`${service}: ${matching.length}/${count} tasks ${state} after ${timeoutMs} ms (${states || 'no tasks'})`);
    }
    await sleep(200);
  }
}

export interface SwarmScenarioSpec {
  /** The run's labels (`netatlas.test=<runId>`). */
  label: Record<string, string>;
  /** The overlay's fixed subnet, e.g. `10.216.1.0/24`. */
  subnet: string;
  /** The port the service publishes on the routing mesh (inside the engine's namespace). */
  publishedPort: number;
  network?: string;
  service?: string;
  solo?: string;
}

export interface SwarmScenario {
  network: string;
  networkId: string;
  service: string;
  soloId: string;
}

/**
 * The scenario of the issue: attachable overlay `nt-swarm-net`, service `nt-web` (2 replicas of
 * `sleep infinity`, port <publishedPort>:80 on ingress), standalone `nt-solo` on the overlay.
 * Resolves once both tasks run.
 */
export async function createSwarmScenario(h: SecondEngine, spec: SwarmScenarioSpec): Promise<SwarmScenario> {
  const { network = 'nt-swarm-net', service = 'nt-web', solo = 'nt-solo' } = spec;
  const netLabels = Object.entries(withOwner(spec.label)).flatMap(([k, v]) => ['--label', `${k}=${v}`]);
  const { out: networkId } = await dockerCli('-H', h.host, 'network', 'create', '--driver', 'overlay', '--attachable', '--subnet', spec.subnet, ...netLabels, network);
  await dockerCli(
    '-H', h.host, 'service', 'create', '--name', service, '--replicas', '2', '--network', network,
    '--publish', `published=${spec.publishedPort},target=80`, '--no-resolve-image', '--detach', '--stop-grace-period', '1s',
    ...labelFlags(spec.label), TEST_IMAGE, 'sleep', 'infinity',
  );
  const soloContainer = await createContainer(h.docker, { name: solo, networkMode: network, stopTimeout: 1 }, spec.label);
  await waitForTasks(h, service, 2);
  return { network, networkId, service, soloId: soloContainer.id };
}

/**
 * Wires two second engines' network namespaces together with a veth pair (`<prefix>.1` and
 * `<prefix>.2`, a /30), so that they are two hosts on one link: what a swarm of two nodes needs
 * (2377 to the manager, 7946 gossip, 4789 VXLAN for overlays). The link goes with the namespaces.
 */
export function linkEngines(a: SecondEngine, b: SecondEngine, prefix: string): { a: string; b: string } {
  const [va, vb] = [`nva${a.netns.slice(-8)}`, `nvb${a.netns.slice(-8)}`];
  const ns = (h: SecondEngine, ...args: string[]) => execFileSync('nsenter', [`--net=/run/netns/${h.netns}`, 'ip', ...args]);
  execFileSync('ip', ['link', 'add', va, 'type', 'veth', 'peer', 'name', vb]);
  execFileSync('ip', ['link', 'set', va, 'netns', a.netns]);
  execFileSync('ip', ['link', 'set', vb, 'netns', b.netns]);
  ns(a, 'addr', 'add', `${prefix}.1/30`, 'dev', va);
  ns(b, 'addr', 'add', `${prefix}.2/30`, 'dev', vb);
  ns(a, 'link', 'set', va, 'up');
  ns(b, 'link', 'set', vb, 'up');
  return { a: `${prefix}.1`, b: `${prefix}.2` };
}

/**
 * A swarm of two nodes: `manager` inits it on the link (see linkEngines), `worker` joins. Overlay
 * networks take /24s from `addrPool`.
 */
export async function initTwoNodeSwarm(manager: SecondEngine, worker: SecondEngine, link: { a: string; b: string }, addrPool: string): Promise<void> {
  await dockerCli('-H', manager.host, 'swarm', 'init', '--advertise-addr', link.a, '--default-addr-pool', addrPool);
  const { out: token } = await dockerCli('-H', manager.host, 'swarm', 'join-token', '-q', 'worker');
  await dockerCli('-H', worker.host, 'swarm', 'join', '--token', token.trim(), '--advertise-addr', link.b, `${link.a}:2377`);
}
