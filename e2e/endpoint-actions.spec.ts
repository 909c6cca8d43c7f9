import { expect, test } from '@playwright/test';
import { dockerCli, labelArgs } from '../test/support/docker-cli';
import { TEST_LABEL, engine, freeSubnet } from '../test/support/test-engine';
import { MapPage } from './pages/map-page';
import { containerFacts } from './support/engine-facts';
import { readRun } from './support/e2e-run';
import { dockerCli as cliFor } from '../lib/cli/cli-commands';

/** The CLI the app shows for the engine under test (`docker -H …` for any but the default socket). */
const DOCKER = cliFor({ host: process.env.DOCKER_HOST ?? '' });

const run = readRun();
const { names: n } = run;
/** A network of this spec's own (labelled like the run: globalTeardown removes it whatever happens). */
const target = `nt-${run.runId}-drop`;
const mover = n.bridgeA;

/** Puts the shared e2e topology back as the other specs expect it: bridge-a on the default bridge only. */
async function restore(): Promise<void> {
  await dockerCli('network', 'disconnect', '--force', target, mover).catch(() => undefined);
  await dockerCli('network', 'rm', target).catch(() => undefined);
}

test.describe('changing the network from the map', () => {
  // The second test undoes what the first did: they run in order, and stop at the first failure.
  test.describe.configure({ mode: 'serial' });
  let subnet = '';
  test.beforeAll(async () => {
    await restore();
    subnet = await freeSubnet(engine(), '10.237');
    await dockerCli('network', 'create', '--subnet', subnet, ...labelArgs({ [TEST_LABEL]: run.label }), target);
  });
  test.afterAll(restore);

  test('drag a container onto a network: the dialog checks the static IP, shows the CLI, and the new edge carries that IP', async ({ page }) => {
    const map = new MapPage(page);
    await map.open();
    await map.waitForMap(mover);
    await expect(map.networkNode(target)).toBeVisible();

    await map.dragContainerOnto(mover, target);
    const dialog = map.connectDialog;
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('heading')).toHaveText(`Connect ${mover} to ${target}`);

    await dialog.getByRole('textbox', { name: /Aliases/ }).fill('mover legacy-db');
    const ip = dialog.getByRole('textbox', { name: /Static IPv4/ });
    await ip.fill('192.0.2.7');
    await expect(dialog.getByTestId('ipv4-problem')).toContainText(`outside the network's subnet (${subnet})`);
    await expect(dialog.getByTestId('connect-submit')).toBeDisabled();

    await dialog.getByRole('button', { name: /^Use / }).click();
    const chosen = await ip.inputValue();
    expect(chosen.startsWith(subnet.split('.').slice(0, 3).join('.') + '.'), `${chosen} is inside ${subnet}`).toBe(true);
    await expect(dialog.getByTestId('ipv4-problem')).toHaveCount(0);
    await expect(dialog.getByTestId('cli-preview')).toHaveText(`${DOCKER} network connect --alias mover --alias legacy-db --ip ${chosen} ${target} ${mover}`);

    await dialog.getByTestId('connect-submit').click();
    await expect(dialog).toHaveCount(0);
    await expect(map.actionFeedback).toContainText(`Connected ${mover} to ${target} as ${chosen}.`);
    const edge = map.endpointEdge(target, mover);
    await expect(edge).toHaveCount(1);
    await expect(edge).toHaveAttribute('data-ip', chosen);
    expect((await containerFacts(mover)).ipv4[target], 'docker inspect agrees').toBe(chosen);
    // The drop asked for a change; it did not leave the node where it was dropped.
    await expect(map.containerNode(mover)).toBeVisible();
  });

  test('Delete on the edge previews what breaks, disconnects on confirm, and Undo reconnects with the same address and aliases', async ({ page }) => {
    const map = new MapPage(page);
    await map.open();
    await map.waitForMap(mover);
    const before = (await containerFacts(mover)).ipv4[target];
    expect(before, 'the previous test connected it').toMatch(/^\d+\.\d+\.\d+\.\d+$/);

    await map.selectEdge(target, mover);
    await page.keyboard.press('Delete');
    const dialog = map.disconnectDialog;
    await expect(dialog).toBeVisible();
    const impact = dialog.getByTestId('disconnect-impact');
    await expect(impact).toContainText(`these names stop resolving: ${mover}, mover, legacy-db`);
    await expect(impact).toContainText(`Its address ${before} on ${target} goes away.`);
    await expect(dialog.getByTestId('cli-preview')).toHaveText(`${DOCKER} network disconnect ${target} ${mover}`);
    // Nothing happened yet: the preview comes first.
    expect((await containerFacts(mover)).ipv4[target]).toBe(before);

    await dialog.getByTestId('disconnect-confirm').click();
    await expect(map.endpointEdge(target, mover)).toHaveCount(0);
    await expect(map.actionFeedback).toContainText(`Disconnected ${mover} from ${target}.`);
    expect((await containerFacts(mover)).ipv4[target], 'docker inspect agrees').toBeUndefined();
    // Delete never removes anything from the map by itself.
    await expect(map.containerNode(mover)).toBeVisible();
    await expect(map.networkNode(target)).toBeVisible();

    await map.actionFeedback.getByRole('button', { name: 'Undo' }).click();
    await expect(map.actionFeedback).toContainText(`Reconnected ${mover} to ${target} as ${before}.`);
    await expect(map.endpointEdge(target, mover)).toHaveAttribute('data-ip', before);
    const inspect = await engine().getContainer(mover).inspect();
    expect(inspect.NetworkSettings.Networks[target]?.Aliases ?? []).toEqual(expect.arrayContaining(['mover', 'legacy-db']));
  });

  test('the engine’s refusal is shown in its words: a container in host mode cannot join a network', async ({ page }) => {
    const map = new MapPage(page);
    await map.open();
    await map.clickContainer(n.hostMode);
    await map.containerPanel.getByTestId('connect-network').selectOption({ label: target });
    await map.containerPanel.getByTestId('connect-button').click();
    const dialog = map.connectDialog;
    await expect(dialog).toContainText('It runs in host mode');
    await dialog.getByTestId('connect-submit').click();
    await expect(dialog.getByTestId('dialog-error')).toContainText('cannot be connected to any other network');
    await expect(dialog).toBeVisible();
    expect(Object.keys((await containerFacts(n.hostMode)).ipv4)).toEqual(['host']);
  });
});
