import { expect, test } from '@playwright/test';
import { dockerCli, labelArgs } from '../test/support/docker-cli';
import { TEST_LABEL, engine, freeSubnet } from '../test/support/test-engine';
import { MapPage } from './pages/map-page';
import { readRun } from './support/e2e-run';
import { ONCE } from './support/once';

const run = readRun();
const { names: n } = run;
/** Created by this spec, labelled like the rest of the run so globalTeardown removes it whatever happens. */
const past = `nt-${run.runId}-past`;

async function undo(): Promise<void> {
  await dockerCli('network', 'disconnect', '--force', past, n.web).catch(() => undefined);
  await dockerCli('network', 'rm', past).catch(() => undefined);
}

test.describe('the map\'s history', ONCE, () => {
  test.beforeAll(undo);
  test.afterAll(undo);

  test('scrub back before a CLI change (nothing can be changed there), forward again, and Now returns to live', async ({ page }) => {
    const map = new MapPage(page);
    await map.open();
    await map.waitForMap(n.web);
    await page.getByRole('button', { name: 'History' }).click();
    const timeline = page.getByTestId('timeline');
    await expect(timeline.getByTestId('timeline-position')).toHaveText('Now (live)');
    await expect(timeline.getByTestId('timeline-kept')).toContainText('this server keeps up to 5,000 changes or 64 MB in memory');

    const subnet = await freeSubnet(engine(), '10.237');
    await dockerCli('network', 'create', '--subnet', subnet, ...labelArgs({ [TEST_LABEL]: run.label }), past);
    await dockerCli('network', 'connect', past, n.web);
    await expect(map.endpointEdge(past, n.web)).toHaveCount(1, { timeout: 5_000 });

    // Step back until the map no longer holds the new network: the past, where nothing can be changed.
    const earlier = timeline.getByRole('button', { name: 'One change earlier' });
    for (let i = 0; i < 10 && (await map.networkNode(past).count()) > 0; i++) {
      await earlier.click();
      await expect(map.connectionStatus).toHaveAttribute('data-state', 'past');
      await page.waitForTimeout(300);
    }
    await expect(map.networkNode(past)).toHaveCount(0);
    await expect(map.containerNode(n.web)).toBeVisible();
    await expect(page.getByTestId('snapshot-banner')).toContainText(/The map as it was at .+ from this server's history\. Nothing here is live/);
    await expect(page.getByRole('button', { name: 'New network…' })).toHaveCount(0);

    // One step later the network is there again; Now is the live map.
    await timeline.getByRole('button', { name: 'One change later' }).click();
    await expect(map.networkNode(past)).toBeVisible();
    await timeline.getByRole('button', { name: 'Now' }).click();
    await expect(map.connectionStatus).toHaveAttribute('data-state', 'live');
    await expect(map.endpointEdge(past, n.web)).toHaveCount(1);
    await expect(timeline.getByTestId('timeline-position')).toHaveText('Now (live)');
  });

  test('an activity entry opens the map just before it', async ({ page }) => {
    const map = new MapPage(page);
    await map.open();
    await map.waitForMap(n.web);
    await dockerCli('network', 'disconnect', past, n.web);
    await expect(map.endpointEdge(past, n.web)).toHaveCount(0, { timeout: 5_000 });
    await page.getByRole('button', { name: /^Activity/ }).click();
    const entry = page.getByTestId('activity-entry').filter({ hasText: `${n.web} disconnected from ${past}` });
    await entry.getByTestId('map-before').click();
    await expect(map.connectionStatus).toHaveAttribute('data-state', 'past');
    await expect(map.endpointEdge(past, n.web)).toHaveCount(1);
    await expect(page.getByTestId('timeline')).toBeVisible();
  });
});
