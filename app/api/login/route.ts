import { AppError } from '@/lib/errors/app-error';
import { readJsonBody } from '@/lib/api/read-json-body';
import { errorResponse } from '@/lib/api/respond';
import { servedOverHttps } from '@/lib/api/served-over-https';
import { loginBody } from '@/lib/api/schemas/login-body';
import { peerAddress } from '@/lib/api/peer-address';
import { checkToken } from '@/lib/api/check-token';
import { openSession, sessionCookie } from '@/lib/api/sessions';

export const dynamic = 'force-dynamic';

/**
 * POST /api/login {token}: when the token is right, opens a session and sets its id as an HttpOnly,
 * SameSite=Strict cookie with a bounded lifetime (never the token itself; POST /api/logout ends it). The
 * body passes the one gate of every state-changing request (same Origin, JSON, size cap, schema); only
 * read-only mode does not refuse it, since logging in changes nothing on an engine. A wrong token counts
 * against the client like a wrong Bearer header (one limiter, see checkToken).
 */
export async function POST(request: Request) {
  try {
    const expected = process.env.NETATLAS_TOKEN;
    if (!expected) throw new AppError('not_found', 'No token is configured: netatlas runs on loopback without login.');
    const { token } = await readJsonBody(request, loginBody, { changesEngine: false });
    const verdict = checkToken(token, expected, peerAddress(request.headers), 'That token is not right.');
    if (!verdict.ok) {
      const refusal = errorResponse(verdict.error);
      for (const [k, v] of Object.entries(verdict.headers)) refusal.headers.set(k, v);
      return refusal;
    }
    const secure = servedOverHttps(request);
    return new Response(null, { status: 204, headers: { 'Set-Cookie': sessionCookie(openSession(), secure), 'Cache-Control': 'no-store' } });
  } catch (err) {
    return errorResponse(err);
  }
}
