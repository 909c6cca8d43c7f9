import { guardMutation } from '@/lib/api/guard-mutation';
import { errorResponse } from '@/lib/api/respond';
import { servedOverHttps } from '@/lib/api/served-over-https';
import { SESSION_COOKIE, closeSession, sessionCookie } from '@/lib/api/sessions';

export const dynamic = 'force-dynamic';

/**
 * POST /api/logout: ends the session of the login cookie and clears the cookie. From the page itself only
 * (same Origin, like every change); read-only mode does not refuse it. 204 whether or not a session was open.
 */
export async function POST(request: Request) {
  try {
    guardMutation(request, { changesEngine: false });
    const id = new RegExp(`(?:^|;\\s*)${SESSION_COOKIE}=([^;]*)`).exec(request.headers.get('cookie') ?? '')?.[1];
    closeSession(id ?? null);
    const secure = servedOverHttps(request);
    return new Response(null, { status: 204, headers: { 'Set-Cookie': sessionCookie(null, secure), 'Cache-Control': 'no-store' } });
  } catch (err) {
    return errorResponse(err);
  }
}
