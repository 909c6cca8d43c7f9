/**
 * A host of a few hundred containers (issue 13), created on the real engine for this file and removed
 * after it: 8 compose projects, each with two networks, 300 containers (every third on both of its
 * project's networks). The map must open on a picture anyone can read, follow a CLI change at that
 * size, and group by compose project with collapse and expand.
 */
import { expect, test, type Page } from '@playwright/test';
import { inPool } from '../test/support/in-pool';
import { dockerCli } from '../test/support/docker-cli';
import {
  LOCAL_ONLY_DNS, TEST_LABEL, createContainer, createNetwork, engine, freeSubnet, removeLabelled,
} from '../test/support/test-engine';
import { CANVAS_COOKIE } from '../lib/graph/canvas-size';
import { readRun } from './support/e2e-run';
import { MapPage } from './pages/map-page';
import { ONCE } from './support/once';

const run = readRun();
const PROJECTS = 8;
const CONTAINERS = 300;
/** Parallel creates: keeps dockerd busy without timing its API out on two cores. */
const CONCURRENCY = 12;
/** Its own label value, so its resources go with it and the other specs' stay. */
const LABEL = { [TEST_LABEL]: `${run.label}-big` };
const prefix = `nt-${run.runId}-big`;
const project = (p: number) => `${prefix}${p}`;
const net = (p: number, k: 'a' | 'b') => `${project(p)}_${k}`;
const member = (i: number) => `${project(i % PROJECTS)}-c${String(i).padStart(3, '0')}`;
/** Every container's index: container i belongs to project i % PROJECTS. */
const INDICES = Array.from({ length: CONTAINERS }, (_, i) => i);
/** Container i sits on its project's network a; every third also on b. */
const onBoth = (i: number) => i % 3 === 0;

async function removeAll(): Promise<void> {
  const docker = engine();
  const list = await docker.listContainers({ all: true, filters: JSON.stringify({ label: [`${TEST_LABEL}=${LABEL[TEST_LABEL]}`] }) });
  await inPool(list, CONCURRENCY, new AbortController().signal, (c) => docker.getContainer(c.Id).remove({ force: true }).catch(() => undefined));
  await removeLabelled(docker, TEST_LABEL, LABEL[TEST_LABEL]);
}

/** The live map is on screen: the status says so and something is drawn (the overview draws no container). */
async function openMap(page: Page, query = ''): Promise<void> {
  await page.goto(`/${query}`);
  await expect(page.getByTestId('connection-status')).toContainText('Live');
  await expect(page.locator('[data-testid="cluster-node"], [data-testid="container-node"]').first()).toBeVisible();
}

/** The cluster of the group on exactly these networks (its label names them in either order). */
const clusterOf = (page: Page, ...nets: string[]) => {
  const labels = nets.length === 1 ? nets : [nets.join(' + '), [...nets].reverse().join(' + ')];
  return page.locator(`[data-testid="cluster-node"]:is(${labels.map((l) => `[data-label=${JSON.stringify(l)}]`).join(', ')})`);
};

test.describe('a host of 300 containers', ONCE, () => {
  // Creating and removing 300 containers takes a minute or so on two cores.
  test.describe.configure({ timeout: 180_000 });

  test.beforeAll(async () => {
    test.setTimeout(300_000);
    const docker = engine();
    await removeAll();
    for (let p = 0; p < PROJECTS; p++) {
      for (const k of ['a', 'b'] as const) {
        await createNetwork(docker, { name: net(p, k), subnet: await freeSubnet(docker, '10.233'), labels: { 'com.docker.compose.project': project(p), 'com.docker.compose.network': k } }, LABEL);
      }
    }
    await inPool(INDICES, CONCURRENCY, new AbortController().signal, (i) => createContainer(docker, {
      name: member(i), networkMode: net(i % PROJECTS, 'a'), networks: onBoth(i) ? [{ name: net(i % PROJECTS, 'b') }] : [],
      labels: { 'com.docker.compose.project': project(i % PROJECTS), 'com.docker.compose.service': `svc${i % 5}` },
      dns: LOCAL_ONLY_DNS, stopTimeout: 1,
    }, LABEL));
  });
  test.afterAll(async () => {
    test.setTimeout(300_000);
    await removeAll();
  });

  test('the overview: clusters whose counts add up to every container, each network name on its card', async ({ page }) => {
    await openMap(page);
    await page.getByRole('radio', { name: 'Overview' }).click();
    await expect(page.getByTestId('container-node')).toHaveCount(0);
    // Project 0's members on network a only, and those on both: two clusters, with their counts.
    const alone = INDICES.filter((i) => i % PROJECTS === 0 && !onBoth(i)).length;
    await expect(clusterOf(page, net(0, 'a'))).toHaveAttribute('data-count', String(alone));
    const counts = await page.getByTestId('cluster-node').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-count'))));
    const total = Number((await page.locator('header').innerText()).match(/(\d+) containers/)?.[1]);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(total);
    expect(total).toBeGreaterThanOrEqual(CONTAINERS);
    // Fitted whole, every network name is on screen at 10 px or more.
    await page.getByRole('button', { name: 'Fit View' }).click();
    await page.waitForTimeout(500);
    const zoom = await page.locator('.react-flow__viewport').evaluate((e) => new DOMMatrix(getComputedStyle(e).transform).a);
    for (let p = 0; p < PROJECTS; p++) {
      for (const k of ['a', 'b'] as const) {
        const name = page.locator(`[data-testid="network-node"][data-name="${net(p, k)}"]`).getByTestId('network-name');
        await expect(name).toBeVisible();
        const px = await name.evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
        expect(px * zoom, `${net(p, k)} at zoom ${zoom.toFixed(2)}`).toBeGreaterThanOrEqual(10);
      }
    }
  });

  test('the first picture: the server draws the overview into the page, legible without any script, and the canvas takes its place', async ({ browser, page, baseURL }) => {
    // A canvas this size opens on the overview at 300 containers; the page reports its own size the same way.
    const canvas = { name: CANVAS_COOKIE, value: '1280x660', url: baseURL! };
    const still = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 720 } });
    try {
      await still.addCookies([canvas]);
      const picture = (await still.newPage()).getByTestId('first-picture');
      await picture.page().goto(baseURL!);
      await expect(picture).toBeVisible();
      // Beside it the header names the engine and counts its map, as the page will (not "No engine data yet").
      await expect(picture.page().getByTestId('engine-facts')).toContainText(/\d+ networks · \d+ containers \(\d+ running\) · \d+ endpoints/);
      for (let p = 0; p < PROJECTS; p++) {
        for (const k of ['a', 'b'] as const) {
          // Each network's card, its name drawn at 10 px or more on screen (wrapped and clamped as the card does it).
          const card = picture.locator(`[data-testid="picture-network"][data-name="${net(p, k)}"] text`);
          await expect(card.first()).toBeVisible();
          const px = await card.first().evaluate((t) => t.getBoundingClientRect().height);
          expect(px, net(p, k)).toBeGreaterThanOrEqual(10);
          expect((await card.allTextContents()).join('')).toMatch(new RegExp(`^${net(p, k).slice(0, 6)}`));
        }
      }
      // A link with a grouping or a filter opens another view than the default one the server would draw: none.
      await picture.page().goto(`${baseURL}/?group=project`);
      await expect(picture.page().getByTestId('loading')).toBeVisible();
      await expect(picture).toHaveCount(0);
      await expect(picture.page().getByTestId('engine-facts')).toHaveCount(0);
    } finally {
      await still.close();
    }
    // With its scripts the page hydrates over it without a complaint, draws the canvas, and the picture goes.
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    await page.context().addCookies([canvas]);
    await page.goto('/');
    await expect(page.locator('[data-testid="cluster-node"], [data-testid="container-node"]').first()).toBeVisible();
    await expect(page.getByTestId('first-picture')).toHaveCount(0);
    expect(errors).toEqual([]);
  });

  test('the container view fitted whole: each group box shows its count (they add up to every container), joined to its networks', async ({ page }) => {
    await openMap(page);
    await page.getByRole('radio', { name: 'Containers' }).click();
    await expect(page.getByTestId('container-node').first()).toBeVisible();
    await page.getByRole('button', { name: 'Fit View' }).click();
    const canvas = page.getByTestId('map-canvas');
    await expect(canvas).toHaveAttribute('data-summary', '');
    await expect(page.getByTestId('zoom-hint')).toContainText('each box shows how many containers it holds');
    await expect(page.getByTestId('container-node')).toHaveCount(0);
    const counts = await page.getByTestId('group-summary').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-count'))));
    const total = Number((await page.locator('header').innerText()).match(/(\d+) containers/)?.[1]);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(total);
    // Project 1's members on both its networks: one box, its count legible at this zoom, joined to both buses.
    const both = INDICES.filter((i) => i % PROJECTS === 1 && onBoth(i)).length;
    await expect(page.locator(`[data-testid="count-edge"][data-network="${net(1, 'b')}"][data-count="${both}"]`)).toHaveCount(1);
    await expect(page.locator(`[data-testid="count-edge"][data-network="${net(1, 'a')}"][data-count="${both}"]`)).toHaveCount(1);
    const zoom = await page.locator('.react-flow__viewport').evaluate((e) => new DOMMatrix(getComputedStyle(e).transform).a);
    const legible = page.locator(`[data-testid="group-summary"][data-count="${both}"]:not([data-lines="0"])`);
    expect(await legible.count(), `at zoom ${zoom.toFixed(2)}`).toBeGreaterThan(0);
    const px = await legible.first().locator('span').first().evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    expect(px * zoom).toBeGreaterThanOrEqual(10);
    // Zoomed back in to where names are legible, the boxes hold their containers again.
    const c = (await canvas.boundingBox())!;
    await page.mouse.move(c.x + c.width / 2, c.y + c.height / 2);
    for (let i = 0; i < 20 && (await canvas.getAttribute('data-zoom')) !== 'far'; i++) {
      await page.mouse.wheel(0, -120);
      await page.waitForTimeout(150);
    }
    await expect(canvas).not.toHaveAttribute('data-summary', '');
    await expect(page.getByTestId('container-node').first()).toBeVisible();
    await expect(page.getByTestId('zoom-hint')).toHaveCount(0);
  });

  test('a search result inside a summarised box zooms in on it, draws it and opens its panel', async ({ page }) => {
    const map = new MapPage(page);
    await openMap(page);
    await page.getByRole('radio', { name: 'Containers' }).click();
    await expect(page.getByTestId('container-node').first()).toBeVisible();
    await page.getByRole('button', { name: 'Fit View' }).click();
    await expect(page.getByTestId('map-canvas')).toHaveAttribute('data-summary', '');
    const wanted = member(299);
    await map.search(wanted);
    await map.pickSearchResult(wanted);
    await expect(map.containerPanel.getByRole('heading', { level: 2 })).toHaveText(wanted);
    await expect(page.getByTestId('map-canvas')).not.toHaveAttribute('data-summary', '');
    await expect.poll(() => map.isInView(map.containerNode(wanted))).toBe(true);
  });

  test('a focused, grouped URL reopens the same view at this size', async ({ page }) => {
    const focus = member(5);
    await openMap(page, `?group=project&focus=${focus}`);
    await expect(page.getByTestId('focus-chip')).toContainText(`Focused on ${focus}`);
    await expect(page.getByTestId('filter-bar').getByLabel('Group by')).toHaveValue('project');
    // Container 5 sits on its project's network a only: the focus keeps that network's members.
    const members = INDICES.filter((i) => i % PROJECTS === 5).length;
    await expect(page.getByTestId('filter-count')).toContainText(`Showing ${members} of`);
  });

  test('a docker network connect at this size moves the container between clusters', async ({ page }) => {
    await openMap(page);
    await page.getByRole('radio', { name: 'Overview' }).click();
    const a = clusterOf(page, net(1, 'a'));
    const both = clusterOf(page, net(1, 'a'), net(1, 'b'));
    const before = { a: Number(await a.getAttribute('data-count')), both: Number(await both.getAttribute('data-count')) };
    const mover = member(INDICES.find((i) => i % PROJECTS === 1 && !onBoth(i))!);
    try {
      await dockerCli('network', 'connect', net(1, 'b'), mover);
      await expect(both).toHaveAttribute('data-count', String(before.both + 1));
      await expect(a).toHaveAttribute('data-count', String(before.a - 1));
    } finally {
      await dockerCli('network', 'disconnect', net(1, 'b'), mover).catch(() => undefined);
    }
    await expect(both).toHaveAttribute('data-count', String(before.both));
  });

  test('grouped by compose project: a project collapses into one cluster with counts on its edges, and expands again', async ({ page }) => {
    await openMap(page, '?group=project');
    await page.getByRole('radio', { name: 'Containers' }).click();
    await expect(page.getByTestId('filter-bar').getByLabel('Group by')).toHaveValue('project');
    const box = page.locator(`[data-testid="group-node"][data-project^="${prefix}"]`).first();
    await expect(box).toBeVisible();
    const name = (await box.getAttribute('data-project'))!;
    const p = Number(name.slice(prefix.length));
    const size = INDICES.filter((i) => i % PROJECTS === p).length;
    await expect(box).toContainText(`project ${name} · ${size}`);

    await box.getByRole('button', { name: `Collapse project ${name} · ${size}` }).click();
    const cluster = page.locator(`[data-testid="cluster-node"][data-project="${name}"]`);
    await expect(cluster).toHaveAttribute('data-count', String(size));
    await expect(page.locator(`[data-testid="group-node"][data-project="${name}"]`)).toHaveCount(0);
    await expect(page.locator(`[data-testid="container-node"][data-name="${member(p)}"]`)).toHaveCount(0);
    // Its edges carry how many of its containers sit on each network: all on a, a third on b.
    const onB = INDICES.filter((i) => i % PROJECTS === p && onBoth(i)).length;
    await expect(page.locator(`g[data-testid="count-edge"][data-network="${net(p, 'a')}"]`)).toHaveAttribute('data-count', String(size));
    await expect(page.locator(`g[data-testid="count-edge"][data-network="${net(p, 'b')}"]`)).toHaveAttribute('data-count', String(onB));

    await cluster.click();
    await expect(page.locator(`[data-testid="group-node"][data-project="${name}"]`)).toBeVisible();
    await expect(cluster).toHaveCount(0);
  });
});
