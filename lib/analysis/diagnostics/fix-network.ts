import { sh } from '../../cli/cli-commands';
import type { FixStep } from '../diagnostic-types';
import type { DoctorContext } from './doctor-context';

/** The engine's rule for network names (and the API's), and the API's length cap. */
const MAX = 64;

function clean(name: string, max: number): string {
  return name.replace(/[^a-zA-Z0-9_.-]/g, '-').replace(/^[^a-zA-Z0-9]+/, '').slice(0, max) || 'c';
}

/**
 * `<a>-<b>-net`, shortened to a valid network name, with `-2`, `-3`… when one of that name exists
 * on the engine the network is for (its own networks and the swarm networks that span it).
 */
export function pairNetworkName(ctx: DoctorContext, engineId: string, a: string, b: string): string {
  const base = `${clean(a, 28)}-${clean(b, 28)}-net`;
  const taken = new Set(ctx.networksOn(engineId).map((n) => n.name));
  let name = base.slice(0, MAX);
  for (let i = 2; taken.has(name); i++) name = `${base.slice(0, MAX - 1 - String(i).length)}-${i}`;
  return name;
}

/** A fix that puts containers of one engine on a new user-defined network there: the steps and, for the text, the CLI. */
export function shareNetworkFix(ctx: DoctorContext, engineId: string, network: string, containers: string[]): { steps: FixStep[]; cli: string } {
  const steps: FixStep[] = [
    { action: 'create-network', name: network },
    ...containers.map((container): FixStep => ({ action: 'connect', network, container })),
  ];
  const d = ctx.cli(engineId);
  const cli = [`${d} network create ${sh(network)}`, ...containers.map((c) => `${d} network connect ${sh(network)} ${sh(c)}`)].join(' && ');
  return { steps, cli };
}
