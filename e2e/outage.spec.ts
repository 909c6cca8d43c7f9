import { expect, test } from '@playwright/test';
import { startAppServer, type AppServer } from '../test/support/app-server';
import { SecondEngine, secondEngineUnsupported } from '../test/support/second-engine';
import { TEST_LABEL, createNetwork } from '../test/support/test-engine';
import { MapPage } from './pages/map-page';
import { readRun } from './support/e2e-run';
import { APP_PORT } from './support/servers';

const run = readRun();
const unsupported = secondEngineUnsupported();

/**
 * The page while its engine goes away and comes back: a second engine of this spec's own (in its own
 * network namespace) that the spec stops and starts, and an app instance pointed at it.
 */
test.describe('the page during an engine outage', () => {
  test.skip(Boolean(unsupported), `needs a second engine: ${unsupported}`);
  const h2 = new SecondEngine({ id: run.runId.slice(-8), pool: '10.205.0.0/16' });
  const labels = { [TEST_LABEL]: run.label };
  let app: AppServer | null = null;

  test.beforeAll(async () => {
    await SecondEngine.removeStale();
    try {
      await h2.start();
    } catch (err) {
      await h2.destroy();
      throw err;
    }
    app = await startAppServer({ port: APP_PORT + 5, env: { DOCKER_HOST: h2.host, NETATLAS_TOKEN: undefined, NETATLAS_READ_ONLY: undefined } });
  });

  test.afterAll(async () => {
    await app?.stop();
    await h2.destroy();
  });

  test('says so within 5 s and keeps the last map greyed; when the engine is back it goes live and follows it again', async ({ page }) => {
    const before = `nt-${run.runId}-before`;
    await createNetwork(h2.docker, { name: before, subnet: '10.206.1.0/24' }, labels);
    const map = new MapPage(page);
    await page.goto(app!.url);
    await expect(map.connectionStatus).toHaveAttribute('data-state', 'live');
    await expect(map.networkNode(before)).toBeVisible();

    await h2.stop();
    const banner = page.getByTestId('stale-banner');
    await expect(banner).toBeVisible({ timeout: 5_000 });
    await expect(banner).toContainText('Showing the last known map');
    await expect(map.connectionStatus).toHaveAttribute('data-state', /reconnecting|unreachable/);
    await expect(map.canvas).toHaveClass(/grayscale/);
    await expect(map.networkNode(before)).toBeVisible();

    await h2.start();
    await expect(map.connectionStatus).toHaveAttribute('data-state', 'live', { timeout: 15_000 });
    await expect(banner).toHaveCount(0);
    await expect(map.canvas).not.toHaveClass(/grayscale/);
    const after = `nt-${run.runId}-after`;
    await createNetwork(h2.docker, { name: after, subnet: '10.206.2.0/24' }, labels);
    await expect(map.networkNode(after)).toBeVisible();
    await expect(map.networkNode(before)).toBeVisible();
  });
});
