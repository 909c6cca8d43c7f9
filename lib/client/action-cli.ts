import { dockerCli, sh, type CliTarget } from '../cli/cli-commands';
import type { CreateNetworkBody } from '../api/schemas/create-network-body';
import type { ConnectBody } from '../api/schemas/endpoint-bodies';

/**
 * The `docker` command line equivalent to each action, shown live in its dialog so that the user
 * learns the CLI and can repeat the change by hand. Names are given as the user sees them.
 */
export const actionCli = {
  connect(network: string, body: ConnectBody, engine?: CliTarget): string {
    const aliases = (body.aliases ?? []).map((a) => `--alias ${sh(a)}`);
    const ip = [
      ...(body.ipv4 ? [`--ip ${sh(body.ipv4)}`] : []),
      ...(body.ipv6 ? [`--ip6 ${sh(body.ipv6)}`] : []),
      ...(body.gwPriority !== undefined ? [`--gw-priority ${body.gwPriority}`] : []),
    ];
    return [`${dockerCli(engine)} network connect`, ...aliases, ...ip, sh(network), sh(body.container)].join(' ');
  },

  disconnect(network: string, container: string, engine?: CliTarget, force = false): string {
    return [`${dockerCli(engine)} network disconnect`, ...(force ? ['--force'] : []), sh(network), sh(container)].join(' ');
  },

  create(body: Partial<CreateNetworkBody>, engine?: CliTarget): string {
    const words = [`${dockerCli(engine)} network create`];
    if (body.driver && body.driver !== 'bridge') words.push(`--driver ${sh(body.driver)}`);
    if (body.ipv6) words.push('--ipv6');
    if (body.ipv4 === false) words.push('--ipv4=false');
    if (body.subnet) words.push(`--subnet ${sh(body.subnet)}`);
    if (body.gateway) words.push(`--gateway ${sh(body.gateway)}`);
    if (body.ipRange) words.push(`--ip-range ${sh(body.ipRange)}`);
    // The CLI pairs each --gateway with the --subnet that contains it, whatever the order.
    if (body.ipv6Subnet) words.push(`--subnet ${sh(body.ipv6Subnet)}`);
    if (body.ipv6Gateway) words.push(`--gateway ${sh(body.ipv6Gateway)}`);
    if (body.internal) words.push('--internal');
    if (body.attachable) words.push('--attachable');
    for (const [k, v] of Object.entries(body.labels ?? {})) words.push(`--label ${sh(`${k}=${v}`)}`);
    words.push(body.name ? sh(body.name) : '<name>');
    return words.join(' ');
  },

  remove(network: string, engine?: CliTarget): string {
    return `${dockerCli(engine)} network rm ${sh(network)}`;
  },

  prune(engine?: CliTarget): string {
    return `${dockerCli(engine)} network prune`;
  },
};
