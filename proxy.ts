import { NextResponse, type NextRequest } from 'next/server';
import { AppError } from './lib/api/app-error';
import { allowedHostnames, isAllowedHost } from './lib/api/allowed-hosts';
import { securityHeaders } from './lib/api/security-headers';

const allowed = allowedHostnames(process.env.NETATLAS_ALLOWED_HOSTS);
const headers = securityHeaders(process.env.NODE_ENV === 'development');

/** Runs before every page, API route and the event stream: Host check, then security headers. */
export function proxy(request: NextRequest) {
  const host = request.headers.get('host');
  if (!isAllowedHost(host, allowed)) {
    const err = new AppError(
      'forbidden',
      `Host "${host ?? ''}" is not allowed. Open netatlas via 127.0.0.1 or localhost, or add the name to NETATLAS_ALLOWED_HOSTS.`,
    );
    return NextResponse.json(err.toJSON(), { status: 403, headers });
  }
  const response = NextResponse.next();
  for (const [k, v] of Object.entries(headers)) response.headers.set(k, v);
  return response;
}

export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
};
