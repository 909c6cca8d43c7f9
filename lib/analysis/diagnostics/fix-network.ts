import { dockerCli, sh } from '../../topology/cli-commands';
import type { Topology } from '../../topology/types';
import type { FixStep } from '../diagnostic-types';

/** The engine's rule for network names (and the API's), and the API's length cap. */
const MAX = 64;

function clean(name: string, max: number): string {
  return name.replace(/[^a-zA-Z0-9_.-]/g, '-').replace(/^[^a-zA-Z0-9]+/, '').slice(0, max) || 'c';
}

/** `<a>-<b>-net`, shortened to a valid network name, with `-2`, `-3`… when one of that name exists. */
export function pairNetworkName(topology: Topology, a: string, b: string): string {
  const base = `${clean(a, 28)}-${clean(b, 28)}-net`;
  const taken = new Set(topology.networks.map((n) => n.name));
  let name = base.slice(0, MAX);
  for (let i = 2; taken.has(name); i++) name = `${base.slice(0, MAX - 1 - String(i).length)}-${i}`;
  return name;
}

/** A fix that puts containers on a new user-defined network: the steps and, for the text, the CLI. */
export function shareNetworkFix(topology: Topology, network: string, containers: string[]): { steps: FixStep[]; cli: string } {
  const steps: FixStep[] = [
    { action: 'create-network', name: network },
    ...containers.map((container): FixStep => ({ action: 'connect', network, container })),
  ];
  const d = dockerCli(topology.engine);
  const cli = [`${d} network create ${sh(network)}`, ...containers.map((c) => `${d} network connect ${sh(network)} ${sh(c)}`)].join(' && ');
  return { steps, cli };
}
