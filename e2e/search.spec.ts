import { expect, test } from '@playwright/test';
import { MapPage } from './pages/map-page';
import { containerFacts } from './support/engine-facts';
import { readRun } from './support/e2e-run';
import { ONCE } from './support/once';

const { names: n } = readRun();

test.describe('search', ONCE, () => {
  let map: MapPage;
  test.beforeEach(async ({ page }) => {
    map = new MapPage(page);
    await map.open();
    await map.waitForMap(n.api, n.db);
  });

  test('finds a container by its IP and centres it', async () => {
    const ip = (await containerFacts(n.db)).ipv4[n.backend];
    expect(ip).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    const node = map.containerNode(n.db);

    // Pan it out of view first, so that finding it really has to move the map.
    const { width } = await map.visibleArea();
    for (let i = 0; i < 10 && (await map.isInView(node)); i++) await map.panBy(-width, 0);
    expect(await map.isInView(node), `${n.db} panned out of view`).toBe(false);

    await map.search(ip);
    await expect(map.searchResult(n.db, `IP ${ip} on ${n.backend}`)).toBeVisible();
    await map.pickSearchResult(n.db, `IP ${ip}`);

    await expect.poll(() => map.isInView(node), { message: `${n.db} is centred in view` }).toBe(true);
    await expect(map.containerPanel.getByRole('heading', { level: 2 })).toHaveText(n.db);
    await expect(map.panelSection(`On ${n.backend}`)).toContainText(ip);
  });

  test('finds a container by a DNS alias', async () => {
    await map.search('api');
    await expect(map.searchResult(n.api, `DNS name api on ${n.backend}`)).toBeVisible();
    await map.pickSearchResult(n.api, 'DNS name api');

    await expect(map.containerPanel.getByRole('heading', { level: 2 })).toHaveText(n.api);
    await expect.poll(() => map.isInView(map.containerNode(n.api))).toBe(true);
  });
});
