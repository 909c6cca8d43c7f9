import { AppError } from '@/lib/errors/app-error';
import { errorResponse } from '@/lib/api/respond';
import { isSameOrigin } from '@/lib/api/same-origin';
import { TOKEN_COOKIE, tokenMatches } from '@/lib/api/token-auth';

export const dynamic = 'force-dynamic';

/** POST /api/login {token}: sets the HttpOnly, SameSite=Strict token cookie when the token is right. */
export async function POST(request: Request) {
  try {
    const expected = process.env.NETATLAS_TOKEN;
    if (!expected) throw new AppError('not_found', 'No token is configured: netatlas runs on loopback without login.');
    if (!(request.headers.get('content-type') ?? '').startsWith('application/json')) {
      throw new AppError('unsupported_media_type', 'Send the token as JSON: {"token": "..."}.');
    }
    if (!isSameOrigin(request.headers.get('origin'), request.headers.get('host'))) {
      throw new AppError('forbidden', 'Login must come from the netatlas page itself.');
    }
    const body = (await request.json().catch(() => null)) as { token?: unknown } | null;
    if (!body || typeof body.token !== 'string' || !tokenMatches(body.token, expected)) {
      throw new AppError('unauthorized', 'That token is not right.');
    }
    const secure = new URL(request.url).protocol === 'https:' ? '; Secure' : '';
    return new Response(null, {
      status: 204,
      headers: { 'Set-Cookie': `${TOKEN_COOKIE}=${encodeURIComponent(body.token)}; HttpOnly; SameSite=Strict; Path=/${secure}`, 'Cache-Control': 'no-store' },
    });
  } catch (err) {
    return errorResponse(err);
  }
}
