import { findKnownHostKeys } from './known-hosts';

/**
 * What a known_hosts file says about the key a server offered:
 * - `known`: a line holds exactly this key;
 * - `unknown`: no line names the host;
 * - `mismatch`: the host has keys, none of them this one (reinstalled host, or someone in between);
 * - `revoked`: this key is on an `@revoked` line.
 */
export type HostKeyVerdict =
  | { verdict: 'known'; line: number }
  | { verdict: 'unknown' }
  | { verdict: 'mismatch'; line: number }
  | { verdict: 'revoked'; line: number };

/**
 * Checks a server's host key (SSH wire format) against known_hosts content. A host with keys of
 * other types only counts as a mismatch, not as unknown: the connection asks for the known types
 * first (see ssh-connect-config), so a server answering with a new type is not the host we know.
 */
export function checkHostKey(content: string, host: string, port: number, key: Buffer): HostKeyVerdict {
  const keys = findKnownHostKeys(content, host, port);
  const revoked = keys.find((k) => k.revoked && k.key.equals(key));
  if (revoked) return { verdict: 'revoked', line: revoked.line };
  const trusted = keys.filter((k) => !k.revoked);
  const same = trusted.find((k) => k.key.equals(key));
  if (same) return { verdict: 'known', line: same.line };
  if (trusted.length > 0) return { verdict: 'mismatch', line: trusted[0].line };
  return { verdict: 'unknown' };
}
