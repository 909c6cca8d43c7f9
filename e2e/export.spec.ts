import fs from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { parseSnapshot } from '../lib/topology/snapshot-schema';
import { MapPage } from './pages/map-page';
import { readRun } from './support/e2e-run';

const { names: n } = readRun();

test('Export → Snapshot (JSON) downloads the map as a netatlas.snapshot/1 file', async ({ page }) => {
  const map = new MapPage(page);
  await map.open();
  await map.waitForMap(n.api);
  await page.getByRole('button', { name: 'Export' }).click();
  const item = page.getByRole('menu', { name: 'Export' }).getByRole('menuitem', { name: 'Snapshot (JSON)' });
  const [download] = await Promise.all([page.waitForEvent('download'), item.click()]);
  expect(download.suggestedFilename()).toMatch(/^netatlas-snapshot-.+\.json$/);
  const parsed = parseSnapshot(await fs.readFile(await download.path(), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.message);
  expect(parsed.snapshot.topology.containers.map((c) => c.name)).toEqual(expect.arrayContaining([n.api, n.db, n.web]));
  await expect(page.getByRole('menu', { name: 'Export' })).toHaveCount(0);
});
