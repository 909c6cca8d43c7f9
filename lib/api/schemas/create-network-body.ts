import { z } from 'zod';
import { parseIpv4 } from '../../topology/ipv4';
import { cidrHas, cidrInside, parseIpv4Cidr } from '../../topology/ipv4-cidr';
import { ipv4Address, networkName } from './refs';

const MAX_LABELS = 32;

const cidr = z
  .string()
  .max(18, 'must be an IPv4 CIDR like 10.5.0.0/24')
  .refine((s) => parseIpv4Cidr(s) !== null, 'must be an IPv4 CIDR with its network address, like 10.5.0.0/24');

const labels = z
  .record(
    z.string().min(1).max(128).regex(/^[a-zA-Z0-9][a-zA-Z0-9_./-]*$/, 'label keys use letters, digits and _ . / -'),
    z.string().max(256, 'label values are at most 256 characters').regex(/^[^\u0000-\u001f\u007f]*$/, 'label values must not contain control characters'),
  )
  .refine((l) => Object.keys(l).length <= MAX_LABELS, `at most ${MAX_LABELS} labels`);

/**
 * `POST /api/networks`: exactly the options the create form offers. Driver options (`-o`) are not
 * accepted at all: they reach into the host's bridge and iptables setup.
 */
export const createNetworkBody = z
  .strictObject({
    name: networkName,
    driver: z.enum(['bridge', 'overlay']).optional(),
    subnet: cidr.optional(),
    gateway: ipv4Address.optional(),
    ipRange: cidr.optional(),
    internal: z.boolean().optional(),
    attachable: z.boolean().optional(),
    labels: labels.optional(),
  })
  .superRefine((body, ctx) => {
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
  });

export type CreateNetworkBody = z.infer<typeof createNetworkBody>;
