import http from 'node:http';
import { expect, test } from '@playwright/test';
import { APP_PORT } from './support/servers';
import { ONCE } from './support/once';

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

test.describe('security', ONCE, () => {
  test('the page is served with CSP (no framing), nosniff and no-referrer', async ({ page }) => {
    const res = await page.goto('/');
    expect(res?.status()).toBe(200);
    const headers = res!.headers();
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['content-security-policy']).toContain("default-src 'self'");
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('no-referrer');
  });

  test('scripts run only with the response’s nonce: the page works, an injected inline script or handler does not run', async ({ page }) => {
    const violations: string[] = [];
    page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) violations.push(m.text()); });
    const res = await page.goto('/');
    const csp = res!.headers()['content-security-policy'];
    const scriptSrc = /script-src ([^;]*)/.exec(csp)![1];
    expect(scriptSrc).toMatch(/'nonce-[A-Za-z0-9+/=]{16,}' 'strict-dynamic'/);
    expect(scriptSrc).not.toContain('unsafe-inline');
    // The page's own scripts carry the nonce and ran: the map is up.
    await expect(page.getByTestId('rf__wrapper')).toBeVisible();
    expect(violations, 'the page itself trips its CSP').toEqual([]);
    expect((await page.goto('/'))!.headers()['content-security-policy']).not.toBe(csp); // a fresh nonce per page

    // What an HTML injection would put in the page (the server's own CSP header kept), and a handler
    // attribute slipped in later through innerHTML: neither runs.
    await page.route('/', async (route) => {
      const original = await route.fetch();
      const body = (await original.text()).replace('</body>', '<script>window.__injected = "script"</script><img src="data:," onerror="window.__handler = 1"></body>');
      await route.fulfill({ response: original, body });
    });
    await page.goto('/');
    await expect(page.getByTestId('rf__wrapper')).toBeVisible();
    await page.evaluate(() => {
      const holder = document.createElement('div');
      holder.innerHTML = '<img src="data:," onerror="window.__handler = 2" onload="window.__handler = 2">';
      document.body.appendChild(holder);
    });
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => [(window as any).__injected ?? null, (window as any).__handler ?? null])).toEqual([null, null]);
    expect(violations.length, 'the browser reports the refused script and handlers').toBeGreaterThan(0);
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
