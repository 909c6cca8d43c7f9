import type { Diagnostic } from '../diagnostic-types';
import { buildPortConflicts } from '../port-conflicts';
import type { DoctorContext } from './doctor-context';

/**
 * A container that could not start because a host port it asks for was taken ("port is already
 * allocated" / "address already in use"), naming the container that holds it when there is one.
 */
export function hostPortConflict(ctx: DoctorContext): Diagnostic[] {
  return buildPortConflicts(ctx.topology).map((k): Diagnostic => {
    const c = ctx.containers.get(k.containerId)!;
    const holder = k.heldBy ? ctx.containers.get(k.heldBy.id) : undefined;
    const containerPort = c.ports.find((p) => p.hostPort === k.hostPort && p.protocol === k.protocol)?.containerPort;
    const address = `${k.hostIp}:${k.hostPort}/${k.protocol}`;
    return {
      rule: 'host_port_conflict',
      engineId: c.engineId,
      severity: 'error',
      subjects: [ctx.subject(c, 'container'), ...(holder ? [ctx.subject(holder, 'container')] : [])],
      message: `${c.name} could not start: host port ${address} is already taken by ${holder ? holder.name : 'another process on the host'}.`,
      fix: {
        text: `Publish ${c.name} on a free host port (-p <free port>:${containerPort ?? '<container port>'}), or ${holder ? `stop ${holder.name}` : 'stop what listens there (ss -ltnp shows it)'} and start ${c.name} again.`,
      },
    };
  });
}
