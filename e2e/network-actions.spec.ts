import { expect, test } from '@playwright/test';
import { dockerCli, labelArgs } from '../test/support/docker-cli';
import { TEST_LABEL, engine, freeSubnet, withOwner } from '../test/support/test-engine';
import { MapPage } from './pages/map-page';
import { readRun } from './support/e2e-run';
import { sh } from '../lib/cli/cli-commands';
import { dockerCli as cliFor } from '../lib/cli/cli-commands';

/** The CLI the app shows for the engine under test (`docker -H …` for any but the default socket). */
const DOCKER = cliFor({ host: process.env.DOCKER_HOST ?? '' });

const run = readRun();
/** Made from the form by this spec; labelled through the form's labels field so teardown finds them too. */
const made = `nt-${run.runId}-made`;
const unused = `nt-${run.runId}-unused`;
/**
 * What the form's labels field gets: the run's label (globalTeardown removes by it, also after a
 * failure) and the owner label, without which a concurrent run's leftover sweep would take the
 * network for a crashed run's and remove it under this test.
 */
const testLabels = withOwner({ [TEST_LABEL]: run.label });
const labelFlags = Object.entries(testLabels).map(([k, v]) => `--label ${sh(`${k}=${v}`)}`).join(' ');

async function cleanUp(): Promise<void> {
  for (const n of [made, unused]) await dockerCli('network', 'rm', n).catch(() => undefined);
}

const exists = async (name: string) => (await engine().listNetworks({ filters: { name: [name] } })).some((n) => n.Name === name);

test.describe('networks from the browser', () => {
  test.beforeAll(cleanUp);
  test.afterAll(cleanUp);

  test('create a network from the form (CLI shown as typed), see it on the map, then remove it from its panel', async ({ page }) => {
    const map = new MapPage(page);
    await map.open();
    const subnet = await freeSubnet(engine(), '10.238');
    const dialog = await map.fillCreateNetwork({});
    await expect(dialog.getByTestId('create-network-submit'), 'nothing to create without a name').toBeDisabled();
    await map.fillCreateNetwork({ name: 'bad name!' });
    await expect(dialog.getByTestId('field-error')).toContainText('must start with a letter or digit');
    await expect(dialog.getByTestId('create-network-submit')).toBeDisabled();
    await map.fillCreateNetwork({ name: made, subnet, gateway: '192.0.2.1' });
    await expect(dialog.getByTestId('field-error'), 'the server schema, in the browser').toContainText(`must be a host address inside the subnet ${subnet}`);
    await expect(dialog.getByTestId('create-network-submit')).toBeDisabled();
    await map.fillCreateNetwork({ gateway: '', labels: testLabels });
    await expect(dialog.getByTestId('field-error')).toHaveCount(0);
    await expect(dialog.getByTestId('cli-preview')).toHaveText(`${DOCKER} network create --subnet ${subnet} ${labelFlags} ${made}`);
    await dialog.getByTestId('create-network-submit').click();
    await expect(dialog).toHaveCount(0);
    await expect(map.actionFeedback).toContainText(`Created network ${made} (${subnet}).`);
    await expect(map.networkNode(made)).toBeVisible();
    expect(await exists(made), 'docker network ls agrees').toBe(true);

    const panel = await map.clickNetwork(made);
    await panel.getByTestId('remove-network-button').click();
    const confirm = map.removeNetworkDialog;
    await expect(confirm.getByTestId('cli-preview')).toHaveText(`${DOCKER} network rm ${made}`);
    await confirm.getByTestId('remove-network-confirm').click();
    await expect(map.networkNode(made)).toHaveCount(0);
    await expect(map.actionFeedback).toContainText(`Removed network ${made}.`);
    expect(await exists(made)).toBe(false);
  });

  test('an overlapping subnet is refused in the engine’s words, and the form stays open', async ({ page }) => {
    const map = new MapPage(page);
    await map.open();
    const backend = await engine().getNetwork(run.names.backend).inspect();
    const taken = backend.IPAM?.Config?.[0]?.Subnet as string;
    const dialog = await map.fillCreateNetwork({ name: made, subnet: taken, labels: testLabels });
    await dialog.getByTestId('create-network-submit').click();
    await expect(dialog.getByTestId('dialog-error')).toContainText('Pool overlaps with other one on this address space');
    await expect(dialog).toBeVisible();
    expect(await exists(made)).toBe(false);
  });

  test('a network with containers lists them before removal, and the engine refuses', async ({ page }) => {
    const map = new MapPage(page);
    await map.open();
    const panel = await map.clickNetwork(run.names.backend);
    await panel.getByTestId('remove-network-button').click();
    const dialog = page.getByTestId('remove-network-dialog');
    await expect(dialog.getByTestId('remove-network-endpoints')).toContainText(run.names.api);
    await dialog.getByTestId('remove-network-confirm').click();
    await expect(dialog.getByTestId('dialog-error')).toContainText('still has endpoints');
    expect(await exists(run.names.backend)).toBe(true);
  });

  test('prune shows what would go first (an unused test network), and Cancel leaves it', async ({ page }) => {
    // Confirming here would prune for real, and take other people's unused networks on this shared
    // engine with it: the real prune is tested on an engine of its own (test/integration/actions-prune.test.ts).
    const subnet = await freeSubnet(engine(), '10.239');
    await dockerCli('network', 'create', '--subnet', subnet, ...labelArgs({ [TEST_LABEL]: run.label }), unused);
    const map = new MapPage(page);
    await map.open();
    await expect(map.networkNode(unused)).toBeVisible();
    await page.getByTestId('prune-button').click();
    const dialog = map.pruneDialog;
    await expect(dialog.getByTestId('prune-list')).toContainText(unused);
    await expect(dialog.getByTestId('prune-list')).not.toContainText(run.names.backend);
    await expect(dialog.getByTestId('cli-preview')).toHaveText(`${DOCKER} network prune`);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toHaveCount(0);
    expect(await exists(unused)).toBe(true);
  });

  test('a dialog whose code the browser cannot fetch says so in words, and the page keeps working', async ({ page }) => {
    // The form dialogs come on first use, not with the page. Their chunk is dropped here the way Chrome drops
    // requests in flight when Docker changes the host's interfaces; the page's own chunks pass (were the
    // dialog in them, the page itself would not start).
    await page.route('**/_next/static/chunks/**', async (route) => {
      const res = await route.fetch();
      if ((await res.text()).includes('create-network-submit')) return route.abort('internetdisconnected');
      return route.fulfill({ response: res });
    });
    const map = new MapPage(page);
    await map.open();
    await page.getByTestId('create-network-button').click();
    const failed = page.getByTestId('part-not-loaded');
    await expect(failed).toContainText('The new-network dialog did not load: the browser dropped the request', { timeout: 15_000 });
    await expect(failed.getByRole('button', { name: 'Reload the page' })).toBeVisible();
    await failed.getByRole('button', { name: 'Close' }).click();
    await expect(failed).toHaveCount(0);
    await page.getByTestId('prune-button').click();
    await expect(map.pruneDialog, 'a dialog of the page itself still opens').toBeVisible();
    // A chunk request still in the handler when the page closes would fail the test after it passed
    // ("Response has been disposed"): the handler is removed first, its in-flight calls ignored.
    await page.unrouteAll({ behavior: 'ignoreErrors' });
  });

  test('the actions are in the page’s HTML when not read-only (the read-only check looks for their absence)', async ({ page }) => {
    // test/integration/perimeter-read-only.test.ts asserts these test ids are missing from a read-only
    // server's HTML: that only means something if a normal server sends them.
    const html = await (await page.request.get('/')).text();
    for (const control of ['create-network-button', 'prune-button']) expect(html).toContain(`data-testid="${control}"`);
    expect(html).not.toContain('data-testid="read-only-badge"');
  });
});
