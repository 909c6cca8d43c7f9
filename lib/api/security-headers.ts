/**
 * Headers on every response. The dashboard holds the keys to the Docker host: it must never be framed
 * (clickjacking a "connect" button), sniffed, or leak its URL to another site.
 * Next.js inlines its bootstrap scripts and React Flow sets inline styles, hence 'unsafe-inline';
 * nothing is loaded from another origin.
 */
export function securityHeaders(dev: boolean): Record<string, string> {
  const script = dev ? "'self' 'unsafe-inline' 'unsafe-eval'" : "'self' 'unsafe-inline'";
  return {
    'Content-Security-Policy': [
      "default-src 'self'",
      `script-src ${script}`,
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data: blob:",
      "connect-src 'self'",
      "font-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "form-action 'self'",
      "frame-ancestors 'none'",
    ].join('; '),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'DENY',
  };
}
