import fs from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { parseSnapshot } from '../lib/api/schemas/snapshot-schema';
import { MapPage } from './pages/map-page';
import { readRun } from './support/e2e-run';
import { ONCE } from './support/once';

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

test.describe('Export → PNG / SVG', ONCE, () => {
  test('draws the whole map, not the part on screen: SVG keeps every name as text, PNG has the same size', async ({ page }) => {
    const map = new MapPage(page);
    await map.open();
    await map.waitForMap(n.api, n.bridgeB);
    // Zoomed in: part of the map is off screen, and the picture must still hold all of it.
    for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'Zoom In' }).click();
    const names = [n.api, n.db, n.web, n.stopped, n.hostMode, n.bridgeA, n.bridgeB];
    const offScreen = [];
    for (const name of names) if (!(await map.isInView(map.containerNode(name)))) offScreen.push(name);
    expect(offScreen.length, 'some containers are off screen').toBeGreaterThan(0);

    const take = async (label: 'PNG' | 'SVG') => {
      await page.getByRole('button', { name: 'Export' }).click();
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: label }).click()]);
      expect(download.suggestedFilename()).toMatch(new RegExp(`^netatlas-map-.+\\.${label.toLowerCase()}$`));
      return fs.readFile(await download.path());
    };
    const svg = (await take('SVG')).toString('utf8');
    expect(svg.startsWith('<svg')).toBe(true);
    for (const name of names) expect(svg, `${name} as text in the SVG`).toContain(`>${name}<`);
    const [, w, h] = svg.match(/<svg[^>]* width="(\d+)" height="(\d+)"/) ?? [];

    const png = await take('PNG');
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    // IHDR: width and height, big-endian, at bytes 16 and 20.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([Number(w), Number(h)]);
    expect(Number(w)).toBeGreaterThan((await map.canvas.boundingBox())!.width / 2);
    await expect(page.getByTestId('export-error')).toHaveCount(0);
  });
});
