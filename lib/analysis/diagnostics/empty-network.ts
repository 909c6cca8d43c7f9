import { sh } from '../../cli/cli-commands';
import type { Diagnostic } from '../diagnostic-types';
import type { DoctorContext } from './doctor-context';
import { spansHosts } from '../../topology/spans-hosts';

/**
 * A user-defined network no container (running or stopped) is attached to. Built-in networks never
 * count, nor swarm-scoped ones (their containers may run on other nodes). A local network is its
 * engine's: the finding and its removal go to that engine.
 */
export function emptyNetwork(ctx: DoctorContext): Diagnostic[] {
  const used = new Set(ctx.topology.endpoints.map((e) => e.networkId));
  return ctx.topology.networks
    .filter((n) => !n.builtin && !spansHosts(n) && !used.has(n.id))
    .map((n): Diagnostic => ({
      rule: 'empty_network',
      engineId: n.engineId,
      severity: 'info',
      subjects: [ctx.subject(n, 'network')],
      message: `No container is attached to ${n.name}, running or stopped. It may be a leftover of a removed stack; it also holds an address range (${n.subnets.map((s) => s.subnet).join(', ') || 'none'}) that new networks cannot use.`,
      fix: { text: `Remove it (${ctx.cli(n.engineId)} network rm ${sh(n.name)}), or connect the containers meant to be on it.`, steps: [{ action: 'remove-network', network: n.name }] },
    }));
}
