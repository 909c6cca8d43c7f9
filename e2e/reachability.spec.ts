import { expect, test } from '@playwright/test';
import { MapPage } from './pages/map-page';
import { containerFacts } from './support/engine-facts';
import { readRun } from './support/e2e-run';

const { names: n } = readRun();

test.describe('who can reach whom', () => {
  test('api reaches db by name on the backend; pressing "Prove it" pings it from inside api and agrees', async ({ page }) => {
    const map = new MapPage(page);
    await map.open();
    const panel = await map.clickContainer(n.api);
    await panel.getByTestId('reach-target').selectOption({ label: n.db });
    const verdict = panel.getByTestId('reach-verdict');
    await expect(verdict).toHaveAttribute('data-reachable', 'true');
    await expect(verdict.getByTestId('reach-names')).toContainText(n.db);
    const { ipv4 } = await containerFacts(n.db);
    await expect(verdict.getByTestId('reach-ips')).toContainText(ipv4[n.backend]);

    await panel.locator('input[name="probe-port"]').fill('');
    await panel.getByTestId('probe-button').click();
    const result = panel.getByTestId('probe-result');
    await expect(result).toBeVisible({ timeout: 30_000 });
    await expect(result).toHaveAttribute('data-reachable', 'true');
    const byName = result.locator(`[data-testid="probe-row"][data-target="${n.db}"]`);
    await expect(byName).toHaveAttribute('data-connect', 'ok');
    await expect(byName).toContainText(ipv4[n.backend]);
    await expect(panel.getByTestId('probe-agrees')).toBeVisible();
  });

  test('web cannot reach db (no shared network): the verdict says why, and the probe finds no name either', async ({ page }) => {
    const map = new MapPage(page);
    await map.open();
    const panel = await map.clickContainer(n.web);
    await panel.getByTestId('reach-target').selectOption({ label: n.db });
    const verdict = panel.getByTestId('reach-verdict');
    await expect(verdict).toHaveAttribute('data-reachable', 'false');
    await expect(verdict.locator('[data-code="no_shared_network"]')).toBeVisible();

    await panel.locator('input[name="probe-port"]').fill('');
    await panel.getByTestId('probe-button').click();
    const result = panel.getByTestId('probe-result');
    await expect(result).toBeVisible({ timeout: 30_000 });
    await expect(result).toHaveAttribute('data-reachable', 'false');
    await expect(result.locator(`[data-testid="probe-row"][data-target="${n.db}"]`)).toHaveAttribute('data-connect', 'unresolved');
    await expect(panel.getByTestId('probe-agrees')).toBeVisible();
  });

  test('on the default bridge: reachable by IP only, and Shift-drag one container onto another asks the same question', async ({ page }) => {
    const map = new MapPage(page);
    await map.open();
    await map.shiftDragContainerOnto(n.bridgeA, n.bridgeB);
    const panel = map.containerPanel;
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText(n.bridgeA);
    const verdict = panel.getByTestId('reach-verdict');
    await expect(verdict).toHaveAttribute('data-reachable', 'true');
    await expect(verdict.locator('[data-code="default_bridge_ip_only"]')).toBeVisible();
    await expect(verdict.getByTestId('reach-ips')).toContainText((await containerFacts(n.bridgeB)).ipv4.bridge);
  });

  test('the matrix of a network shows every pair', async ({ page }) => {
    const map = new MapPage(page);
    await map.open();
    const panel = await map.clickNetwork(n.backend);
    await panel.getByTestId('matrix-button').click();
    const matrix = page.getByTestId('reach-matrix');
    await expect(matrix.locator(`[data-testid="reach-cell"][data-from="${n.api}"][data-to="${n.db}"]`)).toHaveAttribute('data-reachable', 'true');
    // The stopped container is on the backend but reaches nobody.
    await expect(matrix.locator(`[data-testid="reach-cell"][data-from="${n.stopped}"][data-to="${n.db}"]`)).toHaveAttribute('data-reachable', 'false');
  });
});
