// Preloaded into `next start` by scripts/start.mjs (node --require): makes X-Forwarded-For the address
// of the socket each request came in on, so that lib/api/client-address.ts can count failed token
// attempts per client. Next 16 keeps a client's own X-Forwarded-For (it sets the header only when it
// is missing), so without this a guesser could name a fresh address on every try.
// 'http.server.request.start' is published synchronously before the server emits 'request', so no
// request reaches Next (its router, the proxy, a route) before the header is replaced.
'use strict';
const diagnosticsChannel = require('node:diagnostics_channel');

diagnosticsChannel.subscribe('http.server.request.start', ({ request, socket }) => {
  request.headers['x-forwarded-for'] = socket.remoteAddress ?? '';
});
globalThis[Symbol.for('netatlas.clientAddressFromSocket')] = true;
