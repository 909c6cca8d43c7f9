import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { startAppServer, type AppServer } from '../test/support/app-server';
import { dockerCli } from '../test/support/docker-cli';
import { SecondEngine, secondEngineUnsupported } from '../test/support/second-engine';
import { TEST_IMAGE, TEST_LABEL, createContainer, createNetwork } from '../test/support/test-engine';
import { createSwarmScenario, initTwoNodeSwarm, leaveSwarm, linkEngines } from '../test/integration/support/swarm-scenario';
import { MapPage } from './pages/map-page';
import { OUTPUT_DIR, readRun } from './support/e2e-run';
import { APP_PORT } from './support/servers';

const run = readRun();
const unsupported = secondEngineUnsupported();

/**
 * Two engines of this spec's own, each in its own network namespace, wired by a veth link into a
 * swarm of two nodes (hq manages, edge works) with a service of two tasks (one per node) on an
 * overlay; and an app instance configured with both through a netatlas.config.json. The map shows one
 * box per host, the overlay once spanning both with its VIP, a task in each box, and follows changes on both.
 */
test.describe('two engines and a swarm on one map', () => {
  test.skip(Boolean(unsupported), `needs second engines: ${unsupported}`);
  const ha = new SecondEngine({ id: `ea${run.runId.slice(-5)}`, pool: '10.211.0.0/16' });
  const hb = new SecondEngine({ id: `eb${run.runId.slice(-5)}`, pool: '10.212.0.0/16' });
  const labels = { [TEST_LABEL]: run.label };
  const shared = `nt-${run.runId}-app`;
  let app: AppServer | null = null;

  test.beforeAll(async () => {
    test.setTimeout(240_000);
    await SecondEngine.removeStale();
    try {
      await Promise.all([ha.start(), hb.start()]);
      await Promise.all([ha.loadImage(TEST_IMAGE), hb.loadImage(TEST_IMAGE)]);
      await initTwoNodeSwarm(ha, hb, linkEngines(ha, hb, '10.250.3'), '10.213.0.0/16');
      await createSwarmScenario(ha, { label: labels, subnet: '10.213.1.0/24', publishedPort: 8080 });
      await createNetwork(ha.docker, { name: shared, subnet: '10.211.50.0/24' }, labels);
      await createNetwork(hb.docker, { name: shared, subnet: '10.212.50.0/24' }, labels);
      await createContainer(hb.docker, { name: `nt-${run.runId}-db`, networkMode: shared, stopTimeout: 1 }, labels);
    } catch (err) {
      await leaveSwarm(hb);
      await leaveSwarm(ha);
      await Promise.all([ha.destroy(), hb.destroy()]);
      throw err;
    }
    const config = path.join(OUTPUT_DIR, `multi-engine-${run.runId}.json`);
    fs.writeFileSync(config, JSON.stringify({ local: false, engines: [{ name: 'hq', host: ha.host }, { name: 'edge', host: hb.host }] }));
    app = await startAppServer({ port: APP_PORT + 6, env: { NETATLAS_CONFIG: config, NETATLAS_TOKEN: undefined, NETATLAS_READ_ONLY: undefined } });
  });

  test.afterAll(async () => {
    await app?.stop();
    await leaveSwarm(hb);
    await leaveSwarm(ha);
    await Promise.all([ha.destroy(), hb.destroy()]);
  });

  test('one box per host, the same-named networks apart, the overlay once with its VIP, tasks and the tasks. name', async ({ page }) => {
    const map = new MapPage(page);
    await page.goto(app!.url);
    await expect(map.connectionStatus).toHaveAttribute('data-state', 'live');
    const hq = page.locator('[data-testid="host-node"][data-engine="hq"]');
    const edge = page.locator('[data-testid="host-node"][data-engine="edge"]');
    await expect(hq).toHaveAttribute('data-state', 'live');
    await expect(edge).toHaveAttribute('data-state', 'live');
    await expect(hq).toContainText('swarm manager');
    await expect(edge).toContainText('swarm worker');
    await expect(map.networkNode(shared)).toHaveCount(2);
    const inside = async (node: ReturnType<MapPage['networkNode']>, host: typeof hq) => {
      const [n, h] = [await node.boundingBox(), await host.boundingBox()];
      return Boolean(n && h && n.x >= h.x && n.y >= h.y && n.x + 20 <= h.x + h.width && n.y + 20 <= h.y + h.height);
    };
    await map.fitView();
    expect([await inside(map.networkNode(shared).nth(0), hq), await inside(map.networkNode(shared).nth(1), edge)]).toEqual([true, true]);
    expect(await inside(map.containerNode(`nt-${run.runId}-db`), edge)).toBe(true);

    await expect(map.networkNode('nt-swarm-net')).toHaveCount(1);
    await expect(map.networkNode('nt-swarm-net').getByTestId('network-vips')).toContainText(/nt-web VIP 10\.213\.1\.\d+/);
    // One task per node: each host box holds one, both attached to the one overlay.
    const tasks = page.locator('[data-testid="container-node"]').filter({ has: page.getByTestId('task-badge').filter({ hasText: /^nt-web\.\d$/ }) });
    await expect(tasks).toHaveCount(2);
    expect([await inside(tasks.nth(0), hq) || await inside(tasks.nth(1), hq), await inside(tasks.nth(0), edge) || await inside(tasks.nth(1), edge)]).toEqual([true, true]);
    await expect(page.locator('g[data-testid="endpoint-edge"][data-network="nt-swarm-net"]')).toHaveCount(3); // two tasks and nt-solo
    await expect(map.containerNode('nt-solo')).toBeAttached();

    await page.getByRole('button', { name: /^Swarm/ }).click();
    const panel = page.getByTestId('swarm-panel');
    await expect(panel.getByTestId('swarm-node')).toHaveCount(2);
    await expect(panel.getByTestId('swarm-node').filter({ hasText: 'on the map as hq' })).toContainText(/manager \(leader\) · ready/);
    await expect(panel.getByTestId('swarm-node').filter({ hasText: 'on the map as edge' })).toContainText(/worker · ready/);
    const service = panel.locator('[data-testid="swarm-service"][data-name="nt-web"]');
    await expect(service.getByTestId('service-dns')).toHaveText('nt-web, tasks.nt-web');
    await expect(service.getByTestId('service-vip').first()).toContainText(/10\.213\.1\.\d+ on nt-swarm-net/);
    await expect(service.getByTestId('service-vip').nth(1)).toContainText(/on ingress/);
    await expect(service.getByTestId('swarm-task')).toHaveCount(2);
    await expect(service).toContainText('8080→80/tcp');
    await page.screenshot({ path: path.join(OUTPUT_DIR, 'multi-engine.png') });
  });

  test('follows live changes on each engine, and the picker narrows the map to one host', async ({ page }) => {
    const map = new MapPage(page);
    await page.goto(app!.url);
    await expect(map.connectionStatus).toHaveAttribute('data-state', 'live');
    const onA = `nt-${run.runId}-live-hq`;
    const onB = `nt-${run.runId}-live-edge`;
    await dockerCli('-H', ha.host, 'network', 'create', '--label', `${TEST_LABEL}=${run.label}`, onA);
    await expect(map.networkNode(onA)).toBeAttached();
    await dockerCli('-H', hb.host, 'network', 'create', '--label', `${TEST_LABEL}=${run.label}`, onB);
    await expect(map.networkNode(onB)).toBeAttached();

    await page.getByTestId('engine-picker').selectOption('edge');
    await expect(page.getByTestId('host-node')).toHaveCount(0);
    await expect(map.networkNode(onB)).toBeAttached();
    await expect(map.networkNode(onA)).toHaveCount(0);
    await expect(map.containerNode(`nt-${run.runId}-db`)).toBeAttached();
    await expect(map.containerNode('nt-solo')).toHaveCount(0);
    await page.getByTestId('engine-picker').selectOption('');
    await expect(page.getByTestId('host-node')).toHaveCount(2);
  });

  test('one engine down: only its box says so, the other stays live and on the map', async ({ page }) => {
    const map = new MapPage(page);
    await page.goto(app!.url);
    await expect(map.connectionStatus).toHaveAttribute('data-state', 'live');
    await hb.stop();
    const edge = page.locator('[data-testid="host-node"][data-engine="edge"]');
    await expect(edge).toHaveAttribute('data-state', /reconnecting|unreachable/, { timeout: 10_000 });
    await expect(edge.getByTestId('host-problem')).toContainText('last known');
    await expect(page.locator('[data-testid="host-node"][data-engine="hq"]')).toHaveAttribute('data-state', 'live');
    await expect(map.connectionStatus).toContainText(/Live on 1 of 2 engines/);
    await expect(page.getByTestId('stale-banner')).toHaveCount(0);
    await expect(map.containerNode(`nt-${run.runId}-db`)).toBeAttached();
    await hb.start();
    await expect(edge).toHaveAttribute('data-state', 'live', { timeout: 20_000 });
  });
});
