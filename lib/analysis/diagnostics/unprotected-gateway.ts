import type { Diagnostic } from '../diagnostic-types';
import type { DoctorContext } from './doctor-context';

/**
 * A bridge network whose gateway mode is `nat-unprotected` (Engine 28 option) with running containers on
 * it: any machine that routes to its subnet through this host reaches every port of every container,
 * published or not, which is exactly what Engine 28's default `nat` mode stopped. One finding per network.
 */
export function unprotectedGateway(ctx: DoctorContext): Diagnostic[] {
  return ctx.topology.networks.flatMap((n): Diagnostic[] => {
    const families = (['ipv4', 'ipv6'] as const).filter((f) => n.gatewayModes?.[f] === 'nat-unprotected' && (f === 'ipv4' ? n.ipv4 : n.ipv6));
    if (!families.length) return [];
    const running = ctx.topology.endpoints
      .filter((e) => e.networkId === n.id)
      .map((e) => ctx.containers.get(e.containerId))
      .filter((c) => c && ctx.holdsNetworkStack(c));
    if (!running.length) return [];
    const names = running.map((c) => c!.name).join(', ');
    const option = families.map((f) => `-o com.docker.network.bridge.gateway_mode_${f}=nat`).join(' ');
    return [{
      rule: 'unprotected_gateway',
      engineId: n.engineId,
      severity: 'warning',
      subjects: [ctx.subject(n, 'network'), ...running.map((c) => ctx.subject(c!, 'container'))],
      message: `${n.name} is nat-unprotected (${families.join(', ')}): a machine that routes to ${n.subnets.map((s) => s.subnet).join(', ')} through this host reaches every port of ${names}, published or not. Engine 28's default nat mode drops that traffic.`,
      fix: { text: `Recreate the network without the option (or with ${option}) and publish only the ports meant for other machines.` },
    }];
  });
}
