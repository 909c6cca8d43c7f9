import { z } from 'zod';
import { parseIpv4 } from '../../topology/ipv4';
import { canonicalIp, parseIpv6 } from '../../topology/ipv6';
import { isFullId } from '../../topology/match-ref';

/** What the engine itself accepts as a network name (and what `docker network create` allows). */
const NETWORK_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/;
/** Container names as the engine stores them; the leading slash of `/name` is tolerated. */
const CONTAINER_NAME = /^\/?[a-zA-Z0-9][a-zA-Z0-9_.-]*$/;
export { isFullId };
/** One DNS label (RFC 1123): letters, digits and inner hyphens, 1 to 63 characters. */
const DNS_LABEL = /^[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?$/;

/** A name for a new network. */
export const networkName = z
  .string()
  .min(1, 'must not be empty')
  .max(64, 'must be at most 64 characters')
  .regex(NETWORK_NAME, 'must start with a letter or digit and contain only letters, digits, _ . -');

/**
 * A user-given reference to an existing object: its full 64-hex id or its exact name. Short ids and
 * prefixes are not accepted: the engine would match them loosely, and a mutation must hit exactly
 * what the user saw.
 */
function ref(pattern: RegExp, what: string) {
  return z
    .string()
    .min(1, 'must not be empty')
    .max(255, 'must be at most 255 characters')
    .refine((s) => isFullId(s) || pattern.test(s), `must be a full 64-hex id or the exact ${what} name`);
}

export const networkRef = ref(NETWORK_NAME, 'network');
export const containerRef = ref(CONTAINER_NAME, 'container');

/** A DNS alias: one label (`db`) or a dotted name of labels (`db.backend.local`), at most 253 characters. */
export const dnsAlias = z
  .string()
  .min(1, 'must not be empty')
  .max(253, 'must be at most 253 characters')
  .refine((s) => s.split('.').every((label) => DNS_LABEL.test(label)), 'must be a DNS name: labels of letters, digits and inner hyphens, joined by dots');

/** A dotted-quad IPv4 address, parsed for real (no leading zeros beyond three digits, each octet ≤ 255). */
export const ipv4Address = z
  .string()
  .max(15, 'must be an IPv4 address like 10.5.0.9')
  .refine((s) => /^\d{1,3}(\.\d{1,3}){3}$/.test(s) && parseIpv4(s) !== null, 'must be an IPv4 address like 10.5.0.9');

/**
 * An IPv6 address, parsed for real: hex digits and colons (a dotted IPv4 tail allowed), never a zone id
 * (`%eth0`), brackets or spaces.
 */
const isIpv6 = (s: string) => /^[0-9a-fA-F:.]{2,45}$/.test(s) && parseIpv6(s) !== null;

/**
 * An IPv4 address (as {@link ipv4Address}) or an IPv6 address (see above), given back in its canonical
 * form (RFC 5952 for IPv6: lower case, the longest zero run compressed), as the engine and nslookup write it.
 */
export const ipAddress = z
  .string()
  .max(45, 'must be an IPv4 or IPv6 address like 10.5.0.9 or fd00:db8::9')
  .refine((s) => ipv4Address.safeParse(s).success || isIpv6(s), 'must be an IPv4 or IPv6 address like 10.5.0.9 or fd00:db8::9')
  .transform(canonicalIp);
