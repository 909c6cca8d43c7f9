import http from 'node:http';
import { expect, test } from '@playwright/test';
import { APP_PORT } from './support/servers';

/** A GET with an explicit Host header, as a DNS-rebinding page's request would carry. */
function getWithHost(path: string, host: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: '127.0.0.1', port: APP_PORT, path, headers: { Host: host } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.setTimeout(15_000, () => req.destroy(new Error('timed out')));
  });
}

test.describe('security', () => {
  test('the page is served with CSP (no framing), nosniff and no-referrer', async ({ page }) => {
    const res = await page.goto('/');
    expect(res?.status()).toBe(200);
    const headers = res!.headers();
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['content-security-policy']).toContain("default-src 'self'");
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('no-referrer');
  });

  test('a request for another Host name (DNS rebinding) is refused with 403', async () => {
    const evil = await getWithHost('/api/topology', 'evil.example');
    expect(evil.status).toBe(403);
    expect(JSON.parse(evil.body).error.code).toBe('forbidden');
    expect(evil.body).not.toContain('"containers"');

    const own = await getWithHost('/api/topology', `127.0.0.1:${APP_PORT}`);
    expect(own.status).toBe(200);
  });
});
