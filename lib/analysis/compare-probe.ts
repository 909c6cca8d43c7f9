import { canonicalIp } from '../topology/ipv6';
import type { ProbeTarget } from './probe-types';
import { dial } from './reachability-routes';
import type { Reachability } from './reachability-types';

export interface ProbeVerdict {
  /** True when at least one target connected (or answered the ping) at one of B's addresses. */
  reachable: boolean;
  /** Every target where the prediction and the probe disagree, in words. */
  disagreements: string[];
}

export interface ProbeHow {
  protocol: 'tcp' | 'icmp';
  port: number | null;
  /** Virtual IPs of B's swarm service: B's names there reach it through IPVS on the node. */
  vips?: string[];
}

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;
/** An IPv6 answer the probe script would dial: hex digits and colons only (no zone id), as its sed pattern. */
const IPV6 = /^[0-9a-fA-F.]*:[0-9a-fA-F:.]*$/;

/**
 * Where the helper sent its packets for this target (the probe script's rule): the address itself, or a
 * name's first IPv4 answer, else (a name on IPv6-only networks) its first IPv6 one.
 */
export function triedAddress(r: ProbeTarget): string | null {
  if (r.kind === 'ip') return r.target;
  return r.resolved.find((a) => IPV4.test(a)) ?? r.resolved.find((a) => IPV6.test(a)) ?? null;
}

function failedWhy(r: ProbeTarget, address: string, how: ProbeHow): string {
  const attempt = how.protocol === 'tcp' ? `the TCP connect to ${dial(address, how.port!)}` : `the ping to ${address}`;
  const vip = how.vips?.includes(address)
    ? ` (${address} is the service's virtual IP, which the node forwards with IPVS: is the ip_vs kernel module there? tasks.<service> reaches the tasks directly)`
    : '';
  return `${attempt} ${r.connect === 'timeout' ? 'timed out' : 'found no route'}${vip}`;
}

function whyNot(r: ProbeTarget, address: string | null, atTarget: boolean, from: string, to: string, how: ProbeHow): string {
  if (!address) return r.connect === 'timeout' ? 'the lookup did not finish within the probe\'s time limit' : `the name did not resolve inside ${from}`;
  if (!atTarget) return `inside ${from} it resolves to ${r.resolved.join(', ')}, which is not ${to}'s address`;
  return failedWhy(r, address, how);
}

function gotThrough(r: ProbeTarget, address: string, how: ProbeHow): string {
  if (how.protocol === 'icmp') return `${address} answered a ping`;
  if (r.connect === 'refused') return `${address} refused port ${how.port}, so packets do get through`;
  return `the probe connected to ${dial(address, how.port!)}`;
}

/**
 * Sets the probe beside the prediction. A TCP `refused` proves the path (B's own stack answered; the
 * port is just closed), so it counts as reached for the comparison, though not for `reachable`. A
 * name that resolved to an address that is not B's reached someone else, not B.
 */
export function compareProbe(prediction: Reachability, results: ProbeTarget[], targetAddresses: string[], how: ProbeHow): ProbeVerdict {
  const from = prediction.from.name;
  const to = prediction.to.name;
  const ours = new Set(targetAddresses.map(canonicalIp));
  const predictedIps = new Set(prediction.ips.map(canonicalIp));
  const predictedNames = new Set(prediction.names.map((n) => n.toLowerCase()));
  const disagreements: string[] = [];
  let reachable = false;
  for (const r of results) {
    const address = triedAddress(r);
    const atTarget = address !== null && ours.has(canonicalIp(address));
    const reached = atTarget && (r.connect === 'ok' || r.connect === 'refused');
    if (atTarget && r.connect === 'ok') reachable = true;
    const predicted = r.kind === 'name' ? predictedNames.has(r.target.toLowerCase()) : predictedIps.has(canonicalIp(r.target));
    const by = r.kind === 'name' ? `by the name "${r.target}"` : `at ${r.target}`;
    if (predicted && !reached) {
      disagreements.push(`The prediction says ${from} reaches ${to} ${by}, but ${whyNot(r, address, atTarget, from, to, how)}.`);
    } else if (!predicted && reached) {
      disagreements.push(`The prediction says ${from} cannot reach ${to} ${by}, but ${gotThrough(r, address!, how)}.`);
    }
  }
  return { reachable, disagreements };
}
