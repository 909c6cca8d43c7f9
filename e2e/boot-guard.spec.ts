import { expect, test } from '@playwright/test';
import { MapPage } from './pages/map-page';
import { ONCE } from './support/once';

/**
 * Chrome drops every request in flight when the host's network interfaces change (ERR_NETWORK_CHANGED),
 * and a Docker host changes them whenever a container starts. A bundle chunk lost that way must not leave
 * a dead page saying "Connecting…": the page reloads itself once, and says so in words if that fails too.
 */
test.describe('a page whose scripts did not all load', ONCE, () => {
  test('reloads itself once and the map goes live', async ({ page }) => {
    let dropped = 0;
    let served = 0;
    await page.route('**/_next/static/chunks/*.js', (route) => {
      if (dropped === 0) {
        dropped++;
        return route.abort('connectionreset');
      }
      served++;
      return route.continue();
    });
    const map = new MapPage(page);
    await map.open();
    expect(dropped).toBe(1);
    expect(served).toBeGreaterThan(0);
    await expect(page.getByTestId('boot-failed')).toHaveCount(0);
  });

  test('says what failed and what to do when the reload fails as well, and does not reload in a loop', async ({ page }) => {
    let loads = 0;
    page.on('request', (r) => { if (r.isNavigationRequest()) loads++; });
    await page.route('**/_next/static/chunks/*.js', (route) => route.abort('connectionreset'));
    await page.goto('/');
    const alert = page.getByTestId('boot-failed');
    await expect(alert).toBeVisible();
    await expect(alert).toContainText('Part of this page did not load');
    await expect(alert).toContainText('Reload the page');
    await page.waitForTimeout(1000);
    expect(loads).toBe(2); // the first load and one reload
  });
});

test.describe("the page's scripts", ONCE, () => {
  test('come marked for eager compilation, so a repeat visit starts them from the code cache', async ({ page, request }) => {
    await page.goto('/');
    const sources = await page.locator('script[src]').evaluateAll((scripts) => scripts.map((s) => (s as HTMLScriptElement).src));
    expect(sources.length).toBeGreaterThan(3);
    for (const src of sources) {
      const text = await (await request.get(src)).text();
      expect(text.split('\n')[0], src).toBe('//# allFunctionsCalledOnLoad');
    }
  });
});
