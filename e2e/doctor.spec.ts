import { expect, test } from '@playwright/test';
import { dockerCli, labelArgs } from '../test/support/docker-cli';
import { TEST_IMAGE, TEST_LABEL } from '../test/support/test-engine';
import { MapPage } from './pages/map-page';
import { readRun } from './support/e2e-run';

const run = readRun();
const name = `nt-${run.runId}-doctor`;

/**
 * The doctor on the live map: asked once the map has arrived and again after a change has settled, it reads
 * the containers' environments on the server and says what is wrong by variable name, never by value.
 * (The e2e topology's db publishes 5432, so localhost:5432 in another container means db.)
 */
test.describe('the doctor on the live map', () => {
  test.afterEach(async () => {
    await dockerCli('rm', '-f', name).catch(() => undefined);
  });

  test('a container started with the CLI whose DB_URL points at localhost is flagged, by variable, never by value', async ({ page }) => {
    const map = new MapPage(page);
    await map.open();
    await page.getByRole('button', { name: /^Doctor/ }).click();
    const panel = page.getByTestId('doctor-panel');
    await expect(panel).toBeVisible();
    await expect(panel, 'the first answer came').not.toContainText('Examining the engine…');
    await expect(panel).not.toContainText(name);
    await dockerCli('run', '-d', ...labelArgs({ [TEST_LABEL]: run.label }), '--name', name,
      '-e', 'DB_URL=postgres://app:s3cret-pw@localhost:5432/app', TEST_IMAGE, 'sleep', 'infinity');
    await expect(panel).toContainText(`${name}'s DB_URL points at localhost`);
    await expect(panel).not.toContainText('s3cret-pw');
  });
});
