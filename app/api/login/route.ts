import { AppError } from '@/lib/errors/app-error';
import { readJsonBody } from '@/lib/api/read-json-body';
import { errorResponse } from '@/lib/api/respond';
import { loginBody } from '@/lib/api/schemas/login-body';
import { TOKEN_COOKIE, tokenMatches } from '@/lib/api/token-auth';

export const dynamic = 'force-dynamic';

/**
 * POST /api/login {token}: sets the HttpOnly, SameSite=Strict token cookie when the token is right. The
 * body passes the one gate of every state-changing request (same Origin, JSON, size cap, schema); only
 * read-only mode does not refuse it, since logging in changes nothing on an engine.
 */
export async function POST(request: Request) {
  try {
    const expected = process.env.NETATLAS_TOKEN;
    if (!expected) throw new AppError('not_found', 'No token is configured: netatlas runs on loopback without login.');
    const { token } = await readJsonBody(request, loginBody, { changesEngine: false });
    if (!tokenMatches(token, expected)) throw new AppError('unauthorized', 'That token is not right.');
    const secure = new URL(request.url).protocol === 'https:' ? '; Secure' : '';
    return new Response(null, {
      status: 204,
      headers: { 'Set-Cookie': `${TOKEN_COOKIE}=${encodeURIComponent(token)}; HttpOnly; SameSite=Strict; Path=/${secure}`, 'Cache-Control': 'no-store' },
    });
  } catch (err) {
    return errorResponse(err);
  }
}
