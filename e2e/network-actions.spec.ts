import { expect, test } from '@playwright/test';
import { dockerCli, labelArgs } from '../test/support/docker-cli';
import { TEST_LABEL, engine, freeSubnet } from '../test/support/test-engine';
import { MapPage } from './pages/map-page';
import { readRun } from './support/e2e-run';

const run = readRun();
/** Made from the form by this spec; labelled through the form's labels field so teardown finds them too. */
const made = `nt-${run.runId}-made`;
const unused = `nt-${run.runId}-unused`;

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
    await page.getByTestId('create-network-button').click();
    const dialog = page.getByTestId('create-network-dialog');
    await dialog.getByRole('textbox', { name: 'Name' }).fill('bad name!');
    await expect(dialog.getByTestId('field-error')).toContainText('must start with a letter or digit');
    await dialog.getByRole('textbox', { name: 'Name' }).fill(made);
    await dialog.getByRole('textbox', { name: /^Subnet/ }).fill(subnet);
    await dialog.getByRole('textbox', { name: /^Labels/ }).fill(`${TEST_LABEL}=${run.label}`);
    await expect(dialog.getByTestId('cli-preview')).toHaveText(`docker network create --subnet ${subnet} --label ${TEST_LABEL}=${run.label} ${made}`);
    await dialog.getByTestId('create-network-submit').click();
    await expect(dialog).toHaveCount(0);
    await expect(map.actionFeedback).toContainText(`Created network ${made} (${subnet}).`);
    await expect(map.networkNode(made)).toBeVisible();
    expect(await exists(made), 'docker network ls agrees').toBe(true);

    const panel = await map.clickNetwork(made);
    await panel.getByTestId('remove-network-button').click();
    const confirm = page.getByTestId('remove-network-dialog');
    await expect(confirm.getByTestId('cli-preview')).toHaveText(`docker network rm ${made}`);
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
    await page.getByTestId('create-network-button').click();
    const dialog = page.getByTestId('create-network-dialog');
    await dialog.getByRole('textbox', { name: 'Name' }).fill(made);
    await dialog.getByRole('textbox', { name: /^Subnet/ }).fill(taken);
    await dialog.getByRole('textbox', { name: /^Labels/ }).fill(`${TEST_LABEL}=${run.label}`);
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
    // Pruning for real would also remove other people's unused networks on this engine: the real prune
    // is tested on an engine of its own (test/integration/actions-prune.test.ts).
    const subnet = await freeSubnet(engine(), '10.239');
    await dockerCli('network', 'create', '--subnet', subnet, ...labelArgs({ [TEST_LABEL]: run.label }), unused);
    const map = new MapPage(page);
    await map.open();
    await expect(map.networkNode(unused)).toBeVisible();
    await page.getByTestId('prune-button').click();
    const dialog = page.getByTestId('prune-dialog');
    await expect(dialog.getByTestId('prune-list')).toContainText(unused);
    await expect(dialog.getByTestId('prune-list')).not.toContainText(run.names.backend);
    await expect(dialog.getByTestId('cli-preview')).toHaveText('docker network prune');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toHaveCount(0);
    expect(await exists(unused)).toBe(true);
  });
});
