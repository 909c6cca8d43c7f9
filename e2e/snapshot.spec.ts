import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { MapPage } from './pages/map-page';
import { readRun } from './support/e2e-run';
import { NO_ENGINE_URL } from './support/servers';
import { ONCE } from './support/once';

const { names: n } = readRun();
const SAMPLE = path.join(__dirname, '..', 'public', 'sample-snapshot.json');

/** The sample's containers, as `npm run sample:capture` wrote them (the demo's names). */
const ETL = 'de-pipeline-etl-1';
const WAREHOUSE = 'de-pipeline-warehouse-1';

async function expectSampleMap(page: Page) {
  const map = new MapPage(page);
  await expect(page.getByTestId('snapshot-banner')).toContainText(/Snapshot taken at .+ on host .+ — the sample map/);
  await map.waitForSnapshotMap(ETL, WAREHOUSE, 'legacy-a', 'batch-job');
  await expect(page.getByRole('button', { name: /^Doctor/ })).toHaveText('Doctor (5)');
  return map;
}

test.describe('the sample map, from the page that says no engine answers', ONCE, () => {
  test('one click shows the tutorial\'s map; panels, search and reachability work on it; nothing can be changed', async ({ page }) => {
    await page.goto(NO_ENGINE_URL);
    await expect(page.getByTestId('engine-problem')).toBeVisible();
    await page.getByRole('button', { name: 'Explore the sample map' }).click();
    const map = await expectSampleMap(page);
    expect(new URL(page.url()).searchParams.get('sample')).toBe('1');
    // No action is offered: a snapshot has no engine to change.
    await expect(page.getByRole('button', { name: 'New network…' })).toHaveCount(0);

    // The doctor's findings saved with it (they needed the containers' environment).
    await page.getByRole('button', { name: /^Doctor/ }).click();
    await expect(page.getByTestId('diagnostic').filter({ hasText: 'localhost' })).toContainText('DATABASE_URL');
    await page.getByRole('button', { name: /^Host ports/ }).click();
    await expect(page.getByTestId('port-map-panel')).toContainText('16379');

    // Reachability in the container's panel, computed in the browser; the live probe is off, in words.
    const panel = await map.clickContainer(ETL);
    await panel.getByTestId('reach-target').selectOption({ label: WAREHOUSE });
    await expect(panel.getByTestId('reach-verdict')).toHaveAttribute('data-reachable', 'true');
    await expect(panel).toContainText('Live probes are off: this map is a snapshot.');
    await panel.getByTestId('reach-target').selectOption({ label: 'legacy-a' });
    await expect(panel.getByTestId('reach-verdict')).toHaveAttribute('data-reachable', 'false');

    // A link to it reopens it; "Back to the live map" returns to the engine (here: the explanation).
    await page.reload();
    await expectSampleMap(page);
    await page.getByRole('button', { name: 'Back to the live map' }).click();
    await expect(page.getByTestId('engine-problem')).toBeVisible();
    expect(new URL(page.url()).searchParams.has('sample')).toBe(false);
  });
});

test.describe('opening a snapshot file on a live page', ONCE, () => {
  test('Snapshots → Open snapshot… shows the file instead of the engine, and Back returns to live', async ({ page }) => {
    const map = new MapPage(page);
    await map.open();
    await map.waitForMap(n.api);
    await page.getByRole('button', { name: 'Snapshots' }).click();
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('menuitem', { name: 'Open snapshot…' }).click()]);
    await chooser.setFiles(SAMPLE);
    await expect(page.getByTestId('snapshot-banner')).toContainText('sample-snapshot.json');
    await map.waitForSnapshotMap(ETL);
    await expect(map.containerNode(n.api)).toHaveCount(0);
    await page.getByRole('button', { name: 'Back to the live map' }).click();
    await map.waitForMap(n.api);
    await expect(map.connectionStatus).toHaveAttribute('data-state', 'live');
  });

  test('a file dropped on the page opens the same way', async ({ page }) => {
    const map = new MapPage(page);
    await map.open();
    await map.waitForMap(n.api);
    const text = fs.readFileSync(SAMPLE, 'utf8');
    const transfer = await page.evaluateHandle((json) => {
      const dt = new DataTransfer();
      dt.items.add(new File([json], 'dropped.json', { type: 'application/json' }));
      return dt;
    }, text);
    await page.dispatchEvent('main', 'dragenter', { dataTransfer: transfer });
    await expect(page.getByTestId('snapshot-drop-zone')).toBeVisible();
    await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
    await expect(page.getByTestId('snapshot-drop-zone')).toHaveCount(0);
    await expect(page.getByTestId('snapshot-banner')).toContainText('dropped.json');
    await map.waitForSnapshotMap(ETL);
  });

  test('a malformed or foreign file is refused in one sentence and the live map stays', async ({ page }) => {
    const map = new MapPage(page);
    await map.open();
    await map.waitForMap(n.api);
    const open = async (name: string, content: string) => {
      await page.getByRole('button', { name: 'Snapshots' }).click();
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('menuitem', { name: 'Open snapshot…' }).click()]);
      await chooser.setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
    };
    const sample = JSON.parse(fs.readFileSync(SAMPLE, 'utf8'));
    await open('half.json', JSON.stringify({ ...sample, topology: { ...sample.topology, containers: [{ ...sample.topology.containers[0], state: 'zombie' }] } }));
    await expect(page.getByTestId('snapshot-error')).toHaveText(/^half\.json was not opened\. This snapshot cannot be opened: topology\.containers\[0\]\.state: expected one of .+ \(got "zombie"\)\./);
    await open('compose.json', JSON.stringify({ services: { web: { image: 'nginx' } } }));
    await expect(page.getByTestId('snapshot-error')).toContainText('compose.json was not opened. This file is not a netatlas snapshot: it has no "format"');
    // Nothing of either file was shown: the live map is still there.
    await expect(page.getByTestId('snapshot-banner')).toHaveCount(0);
    await expect(map.connectionStatus).toHaveAttribute('data-state', 'live');
    await expect(map.containerNode(n.api)).toBeVisible();
  });
});
