import { AppError } from '../errors/app-error';
import { isLoopbackAddress, peerAddress } from './peer-address';

const SET_TOKEN = 'Set NETATLAS_TOKEN (make one with: openssl rand -hex 32) and log in, or reach it through an SSH tunnel to 127.0.0.1.';

/**
 * The addresses a request says it was forwarded for (X-Forwarded-For, X-Real-IP, Forwarded's for=):
 * what a reverse proxy in front of netatlas writes. Quotes, brackets and ports are dropped.
 */
function forwardedFor(headers: Headers): string[] {
  const list = [headers.get('x-forwarded-for'), headers.get('x-real-ip')].flatMap((v) => (v ?? '').split(','));
  for (const m of (headers.get('forwarded') ?? '').matchAll(/for=("[^"]*"|[^;,\s]*)/gi)) list.push(m[1]);
  return list
    .map((v) => v.trim().replace(/^"|"$/g, ''))
    .filter(Boolean)
    .map((v) => (v.startsWith('[') ? v.slice(1, v.indexOf(']')) : /^[\d.]+:\d+$/.test(v) ? v.split(':')[0] : v));
}

/**
 * Without NETATLAS_TOKEN, netatlas answers this machine only, however it was started (`npm start`,
 * `next start -H 0.0.0.0`, `next dev`, inside a container published with -p): the peer address of the
 * connection must be loopback, and so must every address a forwarding header names. Headers never
 * grant anything — a client writes them as it likes — but a reverse proxy on this same host connects
 * from loopback on behalf of the world, and says so in X-Forwarded-For: that is a side door too.
 * A request whose peer is unknown (it came in before the stamp was installed) is refused as well.
 * Returns the refusal, or null when the request may pass.
 */
export function loopbackOnlyRefusal(headers: Headers): AppError | null {
  const peer = peerAddress(headers);
  if (peer === null) {
    return new AppError('forbidden', `netatlas could not tell which address this request came from (it may have arrived while the server was starting: try again). Without a token it answers only this machine. ${SET_TOKEN}`);
  }
  if (!isLoopbackAddress(peer)) {
    return new AppError('forbidden', `netatlas runs without a token, so it answers only this machine (loopback); this request came from ${peer}. ${SET_TOKEN}`);
  }
  const outside = forwardedFor(headers).find((a) => !isLoopbackAddress(a));
  if (outside !== undefined) {
    return new AppError('forbidden', `netatlas runs without a token, so it answers only this machine; this request was forwarded by a proxy for another client. ${SET_TOKEN}`);
  }
  return null;
}
