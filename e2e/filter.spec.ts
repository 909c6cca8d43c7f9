import { expect, test } from '@playwright/test';
import { MapPage } from './pages/map-page';
import { readRun } from './support/e2e-run';
import { ONCE } from './support/once';

const { names: n } = readRun();

/** Filters and focus narrow the map before it is drawn, and the URL keeps them. */
test.describe('filters and focus', ONCE, () => {
  let map: MapPage;
  test.beforeEach(async ({ page }) => {
    map = new MapPage(page);
    await map.open();
    await map.waitForMap(n.api, n.db, n.bridgeA);
  });

  test('F on a selected container narrows the map to its neighbourhood; the URL reopens it; Esc ends it', async ({ page }) => {
    await map.clickContainer(n.api);
    await page.keyboard.press('f');
    await expect(page.getByTestId('focus-chip')).toContainText(`Focused on ${n.api}`);
    // api is on frontend and backend: web and db are its neighbours, the default bridge's containers are not.
    await expect(map.containerNode(n.bridgeA)).toHaveCount(0);
    for (const name of [n.api, n.web, n.db]) await expect(map.containerNode(name)).toBeAttached();
    expect(new URL(page.url()).searchParams.get('focus')).toBe(n.api);

    await page.reload();
    await expect(page.getByTestId('focus-chip')).toContainText(`Focused on ${n.api}`);
    await expect(map.containerNode(n.api)).toBeVisible();
    await expect(map.containerNode(n.bridgeA)).toHaveCount(0);

    await page.locator('body').press('Escape');
    await expect(page.getByTestId('focus-chip')).toHaveCount(0);
    await expect(map.containerNode(n.bridgeA)).toBeAttached();
    expect(new URL(page.url()).search).toBe('');
  });

  test('network and state filters combine, say how much is shown, and clear', async ({ page }) => {
    const bar = page.getByTestId('filter-bar');
    await bar.getByLabel('Network').selectOption(n.backend);
    await bar.getByLabel('State').selectOption('stopped');
    await expect(map.containerNode(n.stopped)).toBeAttached();
    await expect(page.getByTestId('container-node')).toHaveCount(1);
    await expect(page.getByTestId('filter-count')).toContainText('Showing 1 of');
    expect(new URL(page.url()).searchParams.get('state')).toBe('stopped');
    await bar.getByRole('button', { name: 'Clear filters' }).click();
    await expect(map.containerNode(n.bridgeA)).toBeAttached();
    await expect(map.containerNode(n.api)).toBeAttached();
  });
});
