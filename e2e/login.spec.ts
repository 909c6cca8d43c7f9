import crypto from 'node:crypto';
import { expect, test } from '@playwright/test';
import { startAppServer, type AppServer } from '../test/support/app-server';
import { APP_PORT } from './support/servers';
import { ONCE } from './support/once';

/** A server that needs a token, as someone exposing netatlas would run it: log in, see the map, log out. */
test.describe('login and logout', ONCE, () => {
  const TOKEN = crypto.randomBytes(24).toString('hex');
  let app: AppServer | null = null;

  test.beforeAll(async () => {
    app = await startAppServer({ port: APP_PORT + 7, env: { NETATLAS_TOKEN: TOKEN, NETATLAS_READ_ONLY: undefined, NETATLAS_ALLOWED_HOSTS: undefined } });
  });
  test.afterAll(async () => {
    await app?.stop();
  });

  test('the page sends a visitor to /login; the right token opens the map; "Log out" ends the session', async ({ page }) => {
    await page.goto(`${app!.url}/`);
    await expect(page).toHaveURL(/\/login$/);
    await page.getByLabel('Token').fill('not-the-token');
    await page.getByRole('button', { name: 'Log in' }).click();
    await expect(page.locator('form').getByRole('alert')).toContainText('not right');

    await page.getByLabel('Token').fill(TOKEN);
    await page.getByRole('button', { name: 'Log in' }).click();
    await expect(page).toHaveURL(`${app!.url}/`);
    await expect(page.getByRole('heading', { name: 'netatlas' })).toBeVisible();
    expect((await page.request.get(`${app!.url}/api/health`)).status()).toBe(200);

    await page.getByRole('button', { name: 'Log out' }).click();
    await expect(page).toHaveURL(/\/login$/);
    // The browser's cookie no longer opens anything, and the map is behind the login again.
    expect((await page.request.get(`${app!.url}/api/health`)).status()).toBe(401);
    await page.goto(`${app!.url}/`);
    await expect(page).toHaveURL(/\/login$/);
  });
});
