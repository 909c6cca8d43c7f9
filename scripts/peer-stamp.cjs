// Stamps every request with the address of the socket it came in on, so that proxy.ts can answer only
// loopback peers when no token is set, and count failed token attempts per client (lib/api/peer-address.ts).
//
// Loaded twice on purpose, installed once: `npm start` preloads it into `next start` (node --require), so
// even the first request after the port opens is stamped; instrumentation.ts loads it too, so a server
// started any other way (`next start -H 0.0.0.0`, `next dev`, a container) stamps as soon as Next has
// loaded the app. A request that arrives before that is not stamped, and proxy.ts treats it as coming
// from an unknown peer.
//
// Headers are the only way to the proxy, and a client writes its own: the stamp carries a secret made
// when the process starts, so a header a client wrote (X-Forwarded-For, or this one) can never pass for it.
// 'http.server.request.start' is published synchronously before the server emits 'request': no request
// reaches Next (its router, the proxy, a route) before the stamp is in place.
'use strict';
const { randomBytes } = require('node:crypto');
const diagnosticsChannel = require('node:diagnostics_channel');

const KEY = Symbol.for('netatlas.peerStamp');
const HEADER = 'x-netatlas-peer';

if (!globalThis[KEY]) {
  const secret = randomBytes(24).toString('base64url');
  globalThis[KEY] = { header: HEADER, secret };
  diagnosticsChannel.subscribe('http.server.request.start', ({ request, socket }) => {
    request.headers[HEADER] = `${secret} ${socket.remoteAddress ?? ''}`;
  });
}
