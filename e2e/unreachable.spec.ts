import { expect, test } from '@playwright/test';
import { MapPage } from './pages/map-page';
import { NO_ENGINE_SOCKET, NO_ENGINE_URL } from './support/servers';
import { ONCE } from './support/once';

/** What a stack trace looks like in text: "    at fn (file.js:12:5)" or "Error: ..." lines. */
const STACK_TRACE = /^\s*at .+:\d+:\d+\)?$|\bTypeError\b|\bECONNREFUSED\b.*\n\s*at /m;

test.describe('when no engine answers', ONCE, () => {
  test('the page explains which socket it tried, how to fix it, and that it retries', async ({ page }) => {
    const map = new MapPage(page);
    await page.goto(NO_ENGINE_URL);

    const problem = map.engineProblem;
    await expect(problem).toBeVisible();
    await expect(problem).toHaveAttribute('role', 'alert');
    await expect(problem.getByRole('heading')).toHaveText('The Docker engine is not reachable');
    await expect(problem).toContainText(NO_ENGINE_SOCKET);
    await expect(problem).toContainText('How to fix:');
    await expect(problem).toContainText(/retries every \d+ s/);
    await expect(problem.getByRole('button', { name: 'Retry now' })).toBeVisible();
    await expect(map.connectionStatus).toHaveAttribute('data-state', /^(unreachable|reconnecting)$/);
    await expect(map.connectionStatus).toContainText('Engine unreachable');
    // Nothing to change without an engine: the header offers no network actions.
    await expect(page.getByTestId('create-network-button')).toHaveCount(0);
    await expect(page.getByTestId('prune-button')).toHaveCount(0);

    // Not a blank page, not a crash page, no stack trace.
    await expect(page.getByRole('heading', { name: 'netatlas' })).toBeVisible();
    await expect(map.canvas).toHaveCount(0);
    const text = await page.locator('body').innerText();
    expect(text).not.toMatch(STACK_TRACE);
    expect(text).not.toContain('Application error');
  });

  test('GET /api/topology answers 503 engine_unreachable naming the socket', async ({ request }) => {
    const res = await request.get(`${NO_ENGINE_URL}/api/topology`);
    expect(res.status()).toBe(503);
    const body = await res.json();
    expect(body.error.code).toBe('engine_unreachable');
    expect(body.error.message).toContain(NO_ENGINE_SOCKET);
    expect(JSON.stringify(body)).not.toMatch(STACK_TRACE);
  });
});
