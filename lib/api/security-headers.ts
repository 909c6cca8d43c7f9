import { randomBytes } from 'node:crypto';

/** A fresh CSP nonce: 128 random bits, one per page request (Next reads it from the request's CSP header). */
export function newNonce(): string {
  return randomBytes(16).toString('base64');
}

/**
 * Headers on every response. The dashboard holds the keys to the Docker host: it must never be framed
 * (clickjacking a "connect" button), sniffed, or leak its URL to another site, and no script may run
 * that the server did not put in the page itself.
 *
 * Scripts: only those carrying this response's `nonce` ('strict-dynamic' lets them load the bundle's
 * chunks); no 'unsafe-inline', so an injected `<script>` or `onclick=` never runs. Without a nonce (a
 * refusal, an API answer) no script runs at all. `next dev` also needs 'unsafe-eval' (React's dev tools).
 * Styles keep 'unsafe-inline': React Flow positions every node with a `style` attribute, which a nonce
 * cannot cover, and a style cannot run code.
 */
export function securityHeaders(dev: boolean, nonce: string | null = null): Record<string, string> {
  const script = nonce ? `'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}` : "'none'";
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
