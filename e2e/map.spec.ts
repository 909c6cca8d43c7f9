import { expect, test } from '@playwright/test';
import { MapPage } from './pages/map-page';
import { containerFacts } from './support/engine-facts';
import { readRun } from './support/e2e-run';
import { ONCE } from './support/once';

const { names: n } = readRun();

/** Every attachment of the e2e topology: [network, container]. */
const ATTACHMENTS: Array<[string, string]> = [
  [n.backend, n.api],
  [n.frontend, n.api],
  [n.backend, n.db],
  [n.backend, n.stopped],
  [n.frontend, n.web],
  ['bridge', n.bridgeA],
  ['bridge', n.bridgeB],
  ['host', n.hostMode],
];
const CONTAINERS = [n.api, n.db, n.web, n.stopped, n.hostMode, n.bridgeA, n.bridgeB];

test.describe('the map', () => {
  let map: MapPage;
  test.beforeEach(async ({ page }) => {
    map = new MapPage(page);
    await map.open();
    await map.waitForMap(...CONTAINERS);
  });

  test('a load reads the map once (the preloaded read), then asks the doctor once, after the map', ONCE, async ({ page }) => {
    const asked: string[] = [];
    page.on('request', (r) => {
      const path = new URL(r.url()).pathname;
      if (path === '/api/topology' || path === '/api/diagnostics') asked.push(path);
    });
    await page.reload();
    await map.waitForMap(...CONTAINERS);
    await expect(map.connectionStatus).toContainText('Live');
    // Past the analyses' settling time (400 ms): a second read would have been asked by now.
    await page.waitForTimeout(1500);
    expect(asked).toEqual(['/api/topology', '/api/diagnostics']);
  });

  test('shows every container and network of the engine topology', async () => {
    for (const name of CONTAINERS) await expect(map.containerNode(name), name).toHaveCount(1);
    for (const name of [n.backend, n.frontend, 'bridge', 'host']) await expect(map.networkNode(name), name).toHaveCount(1);
    await expect(map.networkNode(n.backend)).toContainText('3 containers');
    await expect(map.networkNode(n.frontend)).toContainText('2 containers');
  });

  test('draws one edge per attachment, labelled with the IPv4 the engine gave it', async () => {
    for (const container of CONTAINERS) {
      const expected = ATTACHMENTS.filter(([, c]) => c === container).length;
      await expect(map.edgesOf(container), `edges of ${container}`).toHaveCount(expected);
    }
    for (const [network, container] of ATTACHMENTS) {
      const { ipv4 } = await containerFacts(container);
      expect(ipv4, `${container} is on ${network} per docker inspect`).toHaveProperty([network]);
      const edge = map.endpointEdge(network, container);
      await expect(edge, `${container} on ${network}`).toHaveCount(1);
      await expect(edge, `${container} on ${network}`).toHaveAttribute('data-ip', ipv4[network]);
    }
    // The running containers on bridge networks really have addresses (the check above is not ''=='').
    for (const c of [n.api, n.db, n.web, n.bridgeA]) await expect(map.edgesOf(c).first()).toHaveAttribute('data-ip', /^\d+\.\d+\.\d+\.\d+$/);
  });

  test('shows a stopped container dimmed, still on its network but without an IP', async () => {
    const node = map.containerNode(n.stopped);
    expect((await containerFacts(n.stopped)).state).toBe('exited');
    await expect(node).toHaveAttribute('data-state', 'exited');
    await expect(node).toContainText('exited');
    const opacity = Number(await node.evaluate((el) => getComputedStyle(el).opacity));
    expect(opacity, 'a stopped container is drawn faded').toBeLessThan(1);
    await expect(map.endpointEdge(n.backend, n.stopped)).toHaveAttribute('data-ip', '');
    await expect(map.containerNode(n.db)).toHaveAttribute('data-state', 'running');
  });

  test('says that the default bridge has no name resolution', async () => {
    await expect(map.networkNode('bridge')).toContainText('no name resolution');
    await expect(map.networkNode(n.backend)).not.toContainText('no name resolution');
    await expect(map.networkNode(n.backend)).toContainText('DNS');
  });

  test('attaches a host-mode container to the host network', async () => {
    await expect(map.endpointEdge('host', n.hostMode)).toHaveCount(1);
    await expect(map.endpointEdge('host', n.hostMode)).toHaveAttribute('data-ip', '');
    await expect(map.containerNode(n.hostMode)).toContainText('host mode');
  });

  test('the minimap draws every node and takes the view where it is pressed', async ({ page }) => {
    const minimap = page.getByTestId('minimap');
    const nodeIds = await page.locator('.react-flow__node').evaluateAll((els) => els.map((el) => el.getAttribute('data-id')!));
    for (const id of nodeIds) await expect(minimap.locator(`rect[data-node="${id}"]`), id).toHaveCount(1);
    // Zoomed in, so that the map no longer fits: pressing on a node of the minimap brings it to the middle.
    for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Zoom In' }).click();
    const db = map.containerNode(n.db);
    const dbId = await db.evaluate((el) => el.closest('.react-flow__node')!.getAttribute('data-id')!);
    const spot = (await minimap.locator(`rect[data-node="${dbId}"]`).boundingBox())!;
    await page.mouse.click(spot.x + spot.width / 2, spot.y + spot.height / 2);
    const canvas = (await map.canvas.boundingBox())!;
    await expect(async () => {
      const box = (await db.boundingBox())!;
      expect(Math.abs(box.x + box.width / 2 - (canvas.x + canvas.width / 2)), 'horizontally centred').toBeLessThan(24);
      expect(Math.abs(box.y + box.height / 2 - (canvas.y + canvas.height / 2)), 'vertically centred').toBeLessThan(24);
    }).toPass({ timeout: 5000 });
  });
});
