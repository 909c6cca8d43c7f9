import { BlockList, isIP } from 'node:net';
import { peerAddress } from './peer-address';

/**
 * NETATLAS_TRUSTED_PROXIES: the addresses (or CIDR blocks) of reverse proxies whose
 * `X-Forwarded-Proto` is believed, comma-separated. Malformed entries are ignored: they trust nothing.
 */
export function trustedProxies(value: string | undefined): BlockList {
  const list = new BlockList();
  for (const entry of (value ?? '').split(',').map((e) => e.trim()).filter(Boolean)) {
    const [address, bits] = entry.split('/');
    const family = isIP(address);
    if (family === 0) continue;
    const type = family === 4 ? 'ipv4' : 'ipv6';
    const prefix = bits === undefined ? null : Number(bits);
    if (prefix === null) list.addAddress(address, type);
    else if (/^\d+$/.test(bits) && prefix <= (family === 4 ? 32 : 128)) list.addSubnet(address, prefix, type);
  }
  return list;
}

/**
 * Whether the browser reached netatlas over https: `next start` serves plain HTTP, so that is only ever
 * through a reverse proxy that terminates TLS — a trusted one (by its peer address, never by a header)
 * that says `X-Forwarded-Proto: https`. Decides the session cookie's `Secure` attribute.
 * (The request's URL is no witness: Next builds its scheme from X-Forwarded-Proto, whoever sent it.)
 */
export function servedOverHttps(request: Request, trusted = trustedProxies(process.env.NETATLAS_TRUSTED_PROXIES)): boolean {
  const peer = peerAddress(request.headers);
  if (peer === null || !trusted.check(peer, isIP(peer) === 4 ? 'ipv4' : 'ipv6')) return false;
  return request.headers.get('x-forwarded-proto')?.split(',')[0].trim().toLowerCase() === 'https';
}
