import { expect, test } from '@playwright/test';
import { MapPage } from './pages/map-page';
import { readRun } from './support/e2e-run';
import { ONCE } from './support/once';

const { names: n } = readRun();

/** The overview: each group of containers as one cluster with counts; a click opens its containers. */
test.describe('overview', ONCE, () => {
  let map: MapPage;
  test.beforeEach(async ({ page }) => {
    map = new MapPage(page);
    await map.open();
    await map.waitForMap(n.api, n.db);
  });

  test('collapses groups into clusters with counts, keeps every network name in the DOM, and a click opens the group', async ({ page }) => {
    await page.getByRole('radio', { name: 'Overview' }).click();
    await expect(page.getByRole('radio', { name: 'Overview' })).toHaveAttribute('aria-checked', 'true');
    await expect(page.getByTestId('container-node')).toHaveCount(0);
    // api sits on frontend and backend: its cluster is the group of those two, with a count edge to each.
    const both = page.locator(`[data-testid="cluster-node"]:is([data-label="${n.frontend} + ${n.backend}"], [data-label="${n.backend} + ${n.frontend}"])`);
    await expect(both).toHaveCount(1);
    await expect(both).toHaveAttribute('data-count', /^[1-9]\d*$/);
    await expect(page.locator(`g[data-testid="count-edge"][data-network="${n.frontend}"]`).first()).toBeAttached();
    await expect(page.locator(`g[data-testid="count-edge"][data-network="${n.backend}"]`).first()).toBeAttached();
    for (const name of [n.frontend, n.backend]) await expect(map.networkNode(name).getByTestId('network-name')).toHaveText(name.replace(/([-_.])/g, '$1\u200b'));

    // Retried as a whole, like MapPage.clickContainer: another process changing the engine meanwhile
    // lays the map out again, and the cluster may move.
    await expect(async () => {
      await map.reveal(both);
      await both.click({ timeout: 5_000 });
      await expect(page.getByRole('radio', { name: 'Containers' })).toHaveAttribute('aria-checked', 'true', { timeout: 2_000 });
    }).toPass({ timeout: 30_000 });
    await expect(map.containerNode(n.api)).toBeVisible();
    await expect.poll(() => map.isInView(map.containerNode(n.api)), { message: `${n.api}'s group is framed` }).toBe(true);
  });

  test('a search result inside a cluster opens the container view on it', async ({ page }) => {
    await page.getByRole('radio', { name: 'Overview' }).click();
    await expect(page.getByTestId('cluster-node').first()).toBeVisible();
    await map.search(n.db);
    await map.pickSearchResult(n.db);
    await expect(page.getByRole('radio', { name: 'Containers' })).toHaveAttribute('aria-checked', 'true');
    await expect(map.containerPanel.getByRole('heading', { level: 2 })).toHaveText(n.db);
    await expect.poll(() => map.isInView(map.containerNode(n.db))).toBe(true);
  });
});
