import { NextResponse, type NextRequest } from 'next/server';
import { AppError } from './lib/errors/app-error';
import { allowedHostnames, isAllowedHost } from './lib/api/allowed-hosts';
import { httpStatus } from './lib/api/error-status';
import { newNonce, securityHeaders } from './lib/api/security-headers';
import { loopbackOnlyRefusal } from './lib/api/loopback-only';
import { peerAddress } from './lib/api/peer-address';
import { checkToken, wrongCredential, type TokenVerdict } from './lib/api/check-token';
import { SESSION_COOKIE, sessionValid } from './lib/api/sessions';
import { bearerToken } from './lib/api/token-auth';

const allowed = allowedHostnames(process.env.NETATLAS_ALLOWED_HOSTS);
const dev = process.env.NODE_ENV === 'development';
const token = process.env.NETATLAS_TOKEN || null;
const OPEN_PATHS = new Set(['/login', '/api/login', '/api/logout']);
const NEEDS_TOKEN = 'This netatlas needs a token: log in at /login or send Authorization: Bearer <token>.';

/**
 * A request's credentials: a live session cookie (set by /api/login), else a Bearer token. A session
 * cookie that is not a live session (ended, logged out, forged) is a wrong credential like a wrong token.
 */
function credentials(request: NextRequest, expected: string): TokenVerdict {
  const session = request.cookies.get(SESSION_COOKIE)?.value;
  if (sessionValid(session)) return { ok: true };
  const peer = peerAddress(request.headers);
  const bearer = bearerToken(request.headers.get('authorization'));
  if (bearer || !session) return checkToken(bearer, expected, peer, NEEDS_TOKEN);
  return wrongCredential(peer, NEEDS_TOKEN);
}

// The proxy's own answers (refusals, the redirect to /login) run no script and are never cached, like every route's.
const refusalHeaders = { ...securityHeaders(dev), 'Cache-Control': 'no-store' };

function refuse(err: AppError, extra: Record<string, string> = {}): NextResponse {
  return NextResponse.json(err.toJSON(), { status: httpStatus(err), headers: { ...refusalHeaders, ...extra } });
}

/**
 * Runs before every page, API route and the event stream: Host check (DNS rebinding), then the token
 * when one is configured (wrong ones counted per client, see checkToken) or, without one, loopback
 * peers only; then security headers, with a fresh CSP nonce that Next puts on the page's own scripts.
 */
export function proxy(request: NextRequest) {
  const host = request.headers.get('host');
  if (!isAllowedHost(host, allowed)) {
    return refuse(new AppError('forbidden', `Host "${host ?? ''}" is not allowed. Open netatlas via 127.0.0.1 or localhost, or add the name to NETATLAS_ALLOWED_HOSTS.`));
  }
  const path = request.nextUrl.pathname;
  if (!token) {
    const refusal = loopbackOnlyRefusal(request.headers);
    if (refusal) return refuse(refusal);
  } else if (!OPEN_PATHS.has(path)) {
    const verdict = credentials(request, token);
    if (!verdict.ok) {
      // A blocked guesser gets the 429 on pages too: a redirect to /login would only invite the next guess.
      if (path.startsWith('/api/') || verdict.error.code !== 'unauthorized') return refuse(verdict.error, verdict.headers);
      const login = NextResponse.redirect(new URL('/login', request.url));
      for (const [k, v] of Object.entries(refusalHeaders)) login.headers.set(k, v);
      return login;
    }
  }
  const headers = securityHeaders(dev, newNonce());
  // Next reads the nonce from the request's CSP header while it renders the page.
  const forwarded = new Headers(request.headers);
  forwarded.set('content-security-policy', headers['Content-Security-Policy']);
  const response = NextResponse.next({ request: { headers: forwarded } });
  for (const [k, v] of Object.entries(headers)) response.headers.set(k, v);
  return response;
}

export const config = {
  // Every path that can answer with data passes the Host and token checks; only the static bundle does not.
  matcher: ['/((?!_next/static|favicon.ico).*)'],
};
