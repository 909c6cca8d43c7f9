import { z } from 'zod';
import { parseIpv4 } from '../../topology/ipv4';
import { cidrHas, cidrInside, parseIpv4Cidr } from '../../topology/ipv4-cidr';
import { parseIpv6, parseIpv6Cidr } from '../../topology/ipv6';
import type { EngineInfo } from '../../topology/types';
import { ipv6Address, tooOldFor, type ApiNeed } from './endpoint-bodies';
import { ipv4Address, networkName } from './refs';

const MAX_LABELS = 32;

/**
 * The prefix lengths an IPv6 subnet may have. The engine takes /1 to /127, but a prefix shorter than a
 * site's /48 is a typo, not a container network, and past /120 so few addresses remain that the
 * network is better IPv4 or a /64 (the size every IPv6 LAN uses).
 */
export const IPV6_PREFIX = { min: 48, max: 120 } as const;

const cidr = z
  .string()
  .max(18, 'must be an IPv4 CIDR like 10.5.0.0/24')
  .refine((s) => parseIpv4Cidr(s) !== null, 'must be an IPv4 CIDR with its network address, like 10.5.0.0/24');

const IPV6_CIDR = 'must be an IPv6 CIDR with its network address, like fd00:db8:5::/64';

/** An IPv6 CIDR with no host bits and a prefix in {@link IPV6_PREFIX}, given back in canonical form. */
const ipv6Cidr = z
  .string()
  .max(49, IPV6_CIDR)
  .refine((s) => /^[0-9a-fA-F:.]+\/\d{1,3}$/.test(s) && parseIpv6Cidr(s) !== null, IPV6_CIDR)
  .refine((s) => {
    const bits = parseIpv6Cidr(s)?.bits ?? IPV6_PREFIX.min;
    return bits >= IPV6_PREFIX.min && bits <= IPV6_PREFIX.max;
  }, `the prefix must be between /${IPV6_PREFIX.min} and /${IPV6_PREFIX.max}`)
  .transform((s) => parseIpv6Cidr(s)!.text);

const labels = z
  .record(
    z.string().min(1).max(128).regex(/^[a-zA-Z0-9][a-zA-Z0-9_./-]*$/, 'label keys use letters, digits and _ . / -'),
    z.string().max(256, 'label values are at most 256 characters').regex(/^[^\u0000-\u001f\u007f]*$/, 'label values must not contain control characters'),
  )
  .refine((l) => Object.keys(l).length <= MAX_LABELS, `at most ${MAX_LABELS} labels`);

/**
 * `POST /api/networks`: exactly the options the create form offers. Driver options (`-o`) are not
 * accepted at all: they reach into the host's bridge and iptables setup. `subnet`, `gateway` and
 * `ipRange` are IPv4; `ipv6Subnet` and `ipv6Gateway` the IPv6 side (`--ipv6 --subnet fd00::/64`).
 */
export const createNetworkBody = z
  .strictObject({
    name: networkName,
    driver: z.enum(['bridge', 'overlay']).optional(),
    subnet: cidr.optional(),
    gateway: ipv4Address.optional(),
    ipRange: cidr.optional(),
    /** False: an IPv6-only network (`--ipv4=false`, API 1.47+). */
    ipv4: z.boolean().optional(),
    /** `--ipv6`: containers also get IPv6 addresses. */
    ipv6: z.boolean().optional(),
    ipv6Subnet: ipv6Cidr.optional(),
    ipv6Gateway: ipv6Address.optional(),
    internal: z.boolean().optional(),
    attachable: z.boolean().optional(),
    labels: labels.optional(),
  })
  .superRefine((body, ctx) => {
    checkIpv4Side(body, ctx);
    checkIpv6Side(body, ctx);
  });

export type CreateNetworkBody = z.infer<typeof createNetworkBody>;

type Body = z.infer<typeof createNetworkBody>;

function checkIpv4Side(body: Body, ctx: z.RefinementCtx): void {
  if (body.ipv4 === false) {
    for (const field of ['subnet', 'gateway', 'ipRange'] as const) {
      if (body[field]) ctx.addIssue({ code: 'custom', path: [field], message: 'an IPv6-only network (ipv4: false) takes no IPv4 settings' });
    }
    return;
  }
  const subnet = body.subnet ? parseIpv4Cidr(body.subnet) : null;
  for (const field of ['gateway', 'ipRange'] as const) {
    if (body[field] && !subnet) ctx.addIssue({ code: 'custom', path: [field], message: 'needs a subnet' });
  }
  if (!subnet) return;
  const gateway = body.gateway ? parseIpv4(body.gateway) : null;
  if (gateway !== null && (!cidrHas(subnet, gateway) || (subnet.bits < 31 && (gateway === subnet.first || gateway === subnet.last)))) {
    ctx.addIssue({ code: 'custom', path: ['gateway'], message: `must be a host address inside the subnet ${subnet.text}` });
  }
  const range = body.ipRange ? parseIpv4Cidr(body.ipRange) : null;
  if (range && !cidrInside(range, subnet)) {
    ctx.addIssue({ code: 'custom', path: ['ipRange'], message: `must lie inside the subnet ${subnet.text}` });
  }
}

/**
 * An IPv6 subnet without `ipv6: true` would be stored and never used (the engine keeps it silently), so
 * it is refused; `ipv4: false` needs IPv6. Without a subnet, Engine 27+ picks a unique-local /64 itself.
 */
function checkIpv6Side(body: Body, ctx: z.RefinementCtx): void {
  if (body.ipv4 === false && !body.ipv6) {
    ctx.addIssue({ code: 'custom', path: ['ipv4'], message: 'an IPv6-only network (ipv4: false) needs ipv6: true' });
  }
  if (body.ipv6Subnet && !body.ipv6) ctx.addIssue({ code: 'custom', path: ['ipv6Subnet'], message: 'needs ipv6: true' });
  if (body.ipv6Gateway && !body.ipv6Subnet) ctx.addIssue({ code: 'custom', path: ['ipv6Gateway'], message: 'needs an ipv6Subnet' });
  const subnet = body.ipv6Subnet ? parseIpv6Cidr(body.ipv6Subnet) : null;
  const gateway = body.ipv6Gateway ? parseIpv6(body.ipv6Gateway) : null;
  // The subnet's first address is its subnet-router anycast address: the engine keeps it for itself.
  if (subnet && gateway !== null && (gateway <= subnet.first || gateway > subnet.last)) {
    ctx.addIssue({ code: 'custom', path: ['ipv6Gateway'], message: `must be an address inside the IPv6 subnet ${subnet.text}, other than its first` });
  }
}

/**
 * `EnableIPv4: false`: API 1.47 (on 27.x only with experimental features; plain from Engine 28). An older
 * engine ignores the field and would create a dual-stack network instead.
 */
export const IPV4_OFF_NEEDS: ApiNeed = { api: '1.47', release: 'Docker Engine 28' };

/** What in a create body this engine cannot honour, in words; null when it can do all of it. */
export function createTooNew(body: Pick<CreateNetworkBody, 'ipv4'>, engine: Pick<EngineInfo, 'apiVersion' | 'serverVersion'>): string | null {
  return body.ipv4 === false ? tooOldFor('An IPv6-only network (ipv4: false)', IPV4_OFF_NEEDS, engine) : null;
}
