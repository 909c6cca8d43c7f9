/**
 * What Engine 28 adds, seen in the browser (runs when the engine under test speaks API >= 1.48: npm test's
 * second pass on Engine 28.5): an IPv6-only network's card and addresses, the default-route mark on the
 * attachment that carries it, the panel's "default route via …" and its "From outside" rules naming the
 * engine version.
 */
import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { apiAtLeast } from '../lib/topology/api-versions';
import { dockerCli, labelArgs } from '../test/support/docker-cli';
import { TEST_IMAGE, TEST_LABEL, engine, freeSubnet } from '../test/support/test-engine';
import { MapPage } from './pages/map-page';
import { readRun } from './support/e2e-run';

const run = readRun();
const name = (short: string) => `nt-${run.runId}-${short}`;
const [v6only, dual, gate, six] = [name('v6only'), name('dual'), name('gate'), name('six')];
const labels = labelArgs({ [TEST_LABEL]: run.label });
const v6 = () => `fd${randomBytes(1).toString('hex')}:${randomBytes(2).toString('hex')}:${randomBytes(2).toString('hex')}::/64`;

async function cleanUp(): Promise<void> {
  await dockerCli('rm', '-f', gate, six).catch(() => undefined);
  for (const n of [v6only, dual]) await dockerCli('network', 'rm', n).catch(() => undefined);
}

/** The container's address on a network, as docker inspect says. */
async function inspectAddress(container: string, network: string, field: 'IPAddress' | 'GlobalIPv6Address'): Promise<string> {
  return (await dockerCli('inspect', '-f', `{{(index .NetworkSettings.Networks "${network}").${field}}}`, container)).out;
}

test.describe('Engine 28 on the map', () => {
  test.beforeAll(async () => {
    const api = (await engine().version()).ApiVersion;
    test.skip(!apiAtLeast(api, '1.48'), `the engine under test speaks API ${api}; these need Engine 28 (1.48)`);
    await cleanUp();
    await dockerCli('network', 'create', ...labels, '--ipv4=false', '--ipv6', '--subnet', v6(), v6only);
    await dockerCli('network', 'create', ...labels, '--ipv6', '--subnet', await freeSubnet(engine(), '10.239'), '--subnet', v6(), dual);
    const runIt = (n: string, network: string) => dockerCli('run', '-d', ...labels, '--name', n, '--network', network, TEST_IMAGE, 'sleep', 'infinity');
    await runIt(gate, dual);
    // A higher priority on the IPv6-only network; Engine 28's rule still keeps both routes on the dual-stack one.
    await dockerCli('network', 'connect', '--gw-priority', '10', v6only, gate);
    await runIt(six, v6only);
  });
  test.afterAll(cleanUp);

  test('an IPv6-only network: its card says so, its attachments carry IPv6 addresses', async ({ page }) => {
    const map = new MapPage(page);
    await map.open();
    await map.waitForMap(six, gate);
    await expect(map.networkNode(v6only)).toContainText('IPv6 only');
    const address = await inspectAddress(six, v6only, 'GlobalIPv6Address');
    expect(address).toContain(':');
    await expect(map.endpointEdge(v6only, six)).toHaveAttribute('data-ip', address);
    // The edge's label (drawn in React Flow's label layer, outside the edge's own <g>) is that address,
    // drawn once the zoom lets small print be read.
    await map.zoomToDetails();
    await expect(page.getByText(address, { exact: true })).toBeVisible();
  });

  test('the default route: marked on the attachment that carries it, in words in the panel, as the engine routes', async ({ page }) => {
    const map = new MapPage(page);
    await map.open();
    await map.waitForMap(gate);
    await expect(map.endpointEdge(dual, gate)).toHaveAttribute('data-default-route', 'IPv4+IPv6');
    await expect(map.endpointEdge(v6only, gate)).toHaveAttribute('data-default-route', '');
    const panel = await map.clickContainer(gate);
    await expect(panel.getByTestId('default-route')).toHaveText(`default route via ${dual}`);
    // The engine agrees: the container's IPv6 default route goes through the dual-stack network's gateway.
    const route = (await dockerCli('exec', gate, 'ip', '-6', 'route')).out;
    const gateway6 = (await dockerCli('inspect', '-f', `{{(index .NetworkSettings.Networks "${dual}").IPv6Gateway}}`, gate)).out;
    expect(route).toContain(`default via ${gateway6}`);
  });

  test("'From outside' names the rule and its engine version", async ({ page }) => {
    const map = new MapPage(page);
    await map.open();
    await map.waitForMap(gate);
    const panel = await map.clickContainer(gate);
    const lan = panel.getByTestId('outside-lan');
    await expect(lan.locator('[data-rule="nat_direct_routing_dropped"]').first()).toContainText('Engine 28+');
    await expect(lan.locator('[data-rule="nat_direct_routing_dropped"]').first()).toHaveAttribute('data-verdict', 'no');
  });
});
