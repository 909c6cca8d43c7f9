import { sh } from '../../cli/cli-commands';
import type { Container } from '../../topology/types';
import type { Diagnostic } from '../diagnostic-types';
import type { DoctorContext } from './doctor-context';

function onlyOnDefaultBridge(ctx: DoctorContext, c: Container): boolean {
  if (!ctx.holdsNetworkStack(c) || c.sharesNetworkWith || c.networkMode === 'host' || c.networkMode === 'none' || c.networkMode.startsWith('container:')) return false;
  const nets = ctx.networksOf(c);
  return nets.length > 0 && nets.every((n) => ctx.isDefaultBridge(n));
}

/**
 * A running container whose only network is the default bridge: no name resolves there, and it
 * cannot be kept apart from any other container on it. Not for host, none or `container:` modes
 * (they have no networks of their own), nor a container with no network at all.
 */
export function noUserNetwork(ctx: DoctorContext): Diagnostic[] {
  return ctx.topology.containers.filter((c) => onlyOnDefaultBridge(ctx, c)).map((c): Diagnostic => ({
    rule: 'no_user_network',
    engineId: c.engineId,
    severity: 'info',
    subjects: [ctx.subject(c, 'container')],
    message: `${c.name} is only on the default bridge: other containers can reach it by IP address only (names do not resolve there), and every container on the default bridge can reach it.`,
    fix: { text: `Connect it to a user-defined network with the containers it talks to (${ctx.cli(c.engineId)} network create <net>, then ${ctx.cli(c.engineId)} network connect <net> ${sh(c.name)}), or start it with --network <net>; in compose, every service gets one by default.` },
  }));
}
