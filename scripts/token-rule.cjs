// The rule for NETATLAS_TOKEN, checked before the server takes a request however it is started:
// scripts/start.mjs (`npm start`) checks it before building, instrumentation.ts when Next loads the app
// (`next start`, `next dev`), and exits on a problem. A token can be guessed over the network: failures
// are rate-limited per address (proxy.ts), and the token must be long enough that guessing at that rate
// never ends. Plain CommonJS without dependencies, so that start.mjs can use it right after `npm ci`.
'use strict';

const MIN_TOKEN_LENGTH = 32;

/** Why this NETATLAS_TOKEN cannot be used (naming its length, never its value), or null when it can (or is unset). */
function tokenProblem(token) {
  if (!token || token.length >= MIN_TOKEN_LENGTH) return null;
  return (
    `NETATLAS_TOKEN is too short (${token.length} character${token.length === 1 ? '' : 's'}); it must have at least ${MIN_TOKEN_LENGTH}.\n` +
    'Make one with: NETATLAS_TOKEN=$(openssl rand -hex 32)'
  );
}

module.exports = { MIN_TOKEN_LENGTH, tokenProblem };
