import { expect, test } from '@playwright/test';
import { dockerCli, labelArgs } from '../test/support/docker-cli';
import { TEST_IMAGE, TEST_LABEL } from '../test/support/test-engine';
import { MapPage } from './pages/map-page';
import { readRun } from './support/e2e-run';
import { APP_URL } from './support/servers';
import { ONCE } from './support/once';

const run = readRun();
const { names: n } = run;
/** Created by this spec on the run's backend network, labelled so globalTeardown removes them whatever happens. */
const gone = `nt-${run.runId}-cmp-gone`;
const added = `nt-${run.runId}-cmp-new`;

const start = (name: string) => dockerCli('run', '-d', ...labelArgs({ [TEST_LABEL]: run.label }), '--name', name, '--network', n.backend, TEST_IMAGE, 'sleep', 'infinity');
async function undo(): Promise<void> {
  await dockerCli('rm', '-f', gone, added).catch(() => undefined);
}

test.describe('Compare with snapshot…', ONCE, () => {
  test.beforeAll(undo);
  test.afterAll(undo);

  test('marks a container added since the snapshot and one removed (a ghost), and lists the changes in words', async ({ page, request }) => {
    await start(gone);
    const map = new MapPage(page);
    await map.open();
    await map.waitForMap(gone);
    const snapshot = await (await request.get(`${APP_URL}/api/snapshot`)).body();

    await dockerCli('rm', '-f', gone);
    await start(added);
    await expect(map.containerNode(added)).toBeVisible({ timeout: 5_000 });
    await expect(map.containerNode(gone)).toHaveCount(0, { timeout: 5_000 });

    await page.getByRole('button', { name: 'Snapshots' }).click();
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('menuitem', { name: 'Compare with snapshot…' }).click()]);
    await chooser.setFiles({ name: 'before.json', mimeType: 'application/json', buffer: snapshot });

    const bar = page.getByTestId('compare-bar');
    await expect(bar).toContainText('Compared with before.json');
    await expect(map.containerNode(added)).toHaveAttribute('data-diff', 'added');
    await expect(map.containerNode(gone)).toHaveAttribute('data-diff', 'removed');
    await expect(map.endpointEdge(n.backend, added)).toHaveAttribute('data-diff', 'added');
    await expect(map.endpointEdge(n.backend, gone)).toHaveAttribute('data-diff', 'removed');
    // Nothing else on the map changed: only these two containers carry a mark.
    await expect(page.locator('[data-testid="container-node"][data-diff]')).toHaveCount(2);
    const list = page.getByTestId('compare-list');
    await expect(list).toContainText(`container ${gone} removed`);
    await expect(list).toContainText(`container ${added} added`);


    await bar.getByRole('button', { name: 'Stop comparing' }).click();
    await expect(bar).toHaveCount(0);
    await expect(page.locator('[data-diff]')).toHaveCount(0);
    await expect(map.containerNode(gone)).toHaveCount(0);
  });

  test('a file that is not a snapshot is refused in words and nothing is marked', async ({ page }) => {
    const map = new MapPage(page);
    await map.open();
    await page.getByRole('button', { name: 'Snapshots' }).click();
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('menuitem', { name: 'Compare with snapshot…' }).click()]);
    await chooser.setFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('[1, 2]') });
    await expect(page.getByTestId('compare-error')).toHaveText(/^notes\.json cannot be compared\. This file is not a netatlas snapshot: it holds a list/);
    await expect(page.locator('[data-diff]')).toHaveCount(0);
  });
});
