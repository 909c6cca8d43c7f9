import path from 'node:path';
import { expect, test } from '@playwright/test';
import { MapPage } from './pages/map-page';
import { containerFacts } from './support/engine-facts';
import { OUTPUT_DIR, readRun } from './support/e2e-run';

const { names: n, ports } = readRun();

test.describe('the details panel', () => {
  let map: MapPage;
  test.beforeEach(async ({ page }) => {
    map = new MapPage(page);
    await map.open();
    await map.waitForMap(n.api, n.db, n.web, n.bridgeA);
  });

  test('shows the names a container answers to on each network, and its exposed ports', async () => {
    const { shortId } = await containerFacts(n.api);
    await map.clickContainer(n.api);

    const backendNames = map.panelSection(`On ${n.backend}`).getByTestId('dns-names');
    for (const name of [n.api, 'api', shortId]) await expect(backendNames.getByText(name, { exact: true }), name).toBeVisible();
    // The alias was given on backend only: on frontend it does not resolve.
    const frontendNames = map.panelSection(`On ${n.frontend}`).getByTestId('dns-names');
    await expect(frontendNames.getByText(n.api, { exact: true })).toBeVisible();
    await expect(frontendNames.getByText('api', { exact: true })).toHaveCount(0);

    const portsSection = map.panelSection('Ports');
    await expect(portsSection).toContainText('Nothing is published to the host.');
    await expect(portsSection.getByTestId('exposed-ports')).toHaveText('8080/tcp');
  });

  test('shows a port published on loopback as reachable from this host only', async ({ page }, testInfo) => {
    await map.clickContainer(n.db);
    const published = map.panelSection('Ports').getByTestId('published-ports');
    await expect(published).toContainText(`127.0.0.1:${ports.db} → 5432/tcp`);
    await expect(published).toContainText('this host only');
    await expect(published).not.toContainText('all interfaces');
    // Kept outside Playwright's output dir (cleared at each run start) for a human to look at.
    const shot = path.join(OUTPUT_DIR, 'e2e-screenshots', 'panel-db.png');
    await page.screenshot({ path: shot });
    await testInfo.attach('panel-db', { path: shot, contentType: 'image/png' });
  });

  test('shows a port published on 0.0.0.0 as reachable on all interfaces', async () => {
    await map.clickContainer(n.web);
    const published = map.panelSection('Ports').getByTestId('published-ports');
    await expect(published).toContainText(`0.0.0.0:${ports.web} → 80/tcp`);
    await expect(published).toContainText('all interfaces');
  });

  test('says that names do not resolve on the default bridge', async () => {
    await map.clickContainer(n.bridgeA);
    const onBridge = map.panelSection('On bridge');
    await expect(onBridge).toContainText('the default bridge has no name resolution');
    await expect(onBridge.getByTestId('dns-names')).toHaveCount(0);
  });

  test('shows a network with its DNS and the docker command that shows the same facts', async () => {
    await map.clickNetwork(n.backend);
    await expect(map.networkPanel.getByTestId('network-dns')).toContainText('embedded DNS');
    await expect(map.networkPanel.getByTestId('cli-command')).toHaveText(new RegExp(`^docker (-H \\S+ )?network inspect ${n.backend}$`));

    await map.clickNetwork('bridge');
    await expect(map.networkPanel.getByTestId('network-dns')).toContainText('names do not resolve');
    await expect(map.networkPanel.getByTestId('cli-command')).toHaveText(/^docker (-H \S+ )?network inspect bridge$/);
  });
});
