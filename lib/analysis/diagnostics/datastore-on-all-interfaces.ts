import type { PublishedPort } from '../../topology/types';
import type { Diagnostic } from '../diagnostic-types';
import { formatHostAddress, toPortScope } from '../port-scope';
import { DATASTORE_PORTS } from './datastores';
import type { DoctorContext } from './doctor-context';

const binding = (p: PublishedPort) => formatHostAddress(p.hostIp, p.hostPort);

/**
 * A database, cache or broker port (5432, 3306, 6379, 27017, …) published on every interface
 * (0.0.0.0 / ::): anyone who can reach the host can try it, and Docker's port publishing bypasses
 * host firewalls such as ufw. One finding per container, listing its ports.
 */
export function datastoreOnAllInterfaces(ctx: DoctorContext): Diagnostic[] {
  return ctx.topology.containers.flatMap((c): Diagnostic[] => {
    const open = c.ports.filter((p) => p.protocol === 'tcp' && p.containerPort in DATASTORE_PORTS && toPortScope(p.hostIp) === 'all');
    // 0.0.0.0 and :: of one `-p` are one publication.
    const ports = [...new Map(open.map((p) => [`${p.hostPort}>${p.containerPort}`, p])).values()];
    if (!ports.length) return [];
    const what = ports.map((p) => `${DATASTORE_PORTS[p.containerPort]} (${p.containerPort}) on ${binding(p)}`).join(', ');
    const local = ports.map((p) => `-p 127.0.0.1:${p.hostPort}:${p.containerPort}`).join(' ');
    return [{
      rule: 'datastore_on_all_interfaces',
      engineId: c.engineId,
      severity: 'warning',
      subjects: [ctx.subject(c, 'container')],
      message: `${c.name} ${ctx.holdsNetworkStack(c) ? 'publishes' : 'asks to publish'} ${what} on every interface of the host: anyone who can reach this machine can try to log in, and Docker's port publishing bypasses host firewalls such as ufw.`,
      fix: { text: `Publish it for this host only (${local}; in compose "127.0.0.1:${ports[0].hostPort}:${ports[0].containerPort}"), or not at all: containers reach it by name on a shared network.` },
    }];
  });
}
