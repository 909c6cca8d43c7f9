/**
 * The dashboard as a user sees it, with React Flow's DOM hidden behind names: nodes, attachment
 * edges, the details panel, the search box and the engine states.
 *
 * The map is larger than the screen on a busy engine. Every node stays in the DOM (React Flow only
 * culls above 400 nodes), so presence and attributes are asserted directly; to click a node, the
 * map is first panned the way a user pans it, by dragging empty canvas, until the node is in view.
 */
import { expect, type Locator, type Page } from '@playwright/test';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const attr = (value: string) => JSON.stringify(value);
const centre = (b: Box) => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });
const inside = (b: Box, area: Box) =>
  b.x >= area.x && b.y >= area.y && b.x + b.width <= area.x + area.width && b.y + b.height <= area.y + area.height;
const clamp = (v: number, lo: number, hi: number) => Math.min(Math.max(v, lo), hi);

export class MapPage {
  constructor(readonly page: Page) {}

  // ---- the map ----------------------------------------------------------------------------------

  get canvas(): Locator {
    return this.page.getByTestId('map-canvas');
  }

  containerNode(name: string): Locator {
    return this.page.locator(`[data-testid="container-node"][data-name=${attr(name)}]`);
  }

  networkNode(name: string): Locator {
    return this.page.locator(`[data-testid="network-node"][data-name=${attr(name)}]`);
  }

  /** The clickable header card of a network (the rest of its box is the bus bar and free space). */
  networkCard(name: string): Locator {
    return this.networkNode(name).getByText(name, { exact: true });
  }

  /** The attachment line(s) of `container` on `network` (one, when the map is right). */
  endpointEdge(network: string, container: string): Locator {
    return this.page.locator(`g[data-testid="endpoint-edge"][data-network=${attr(network)}][data-container=${attr(container)}]`);
  }

  /** Every attachment line of `container`. */
  edgesOf(container: string): Locator {
    return this.page.locator(`g[data-testid="endpoint-edge"][data-container=${attr(container)}]`);
  }

  /**
   * Opens the dashboard and waits until the engine's map is drawn. Chromium shares the host's network
   * namespace with the engine under test, and drops requests in flight whenever the engine adds or
   * removes an interface (ERR_NETWORK_CHANGED): the page's own chunks recover by themselves (the boot
   * guard reloads), but the document request itself is Chromium's, so it is asked for again, as a
   * user would press reload.
   */
  async open(path = '/'): Promise<void> {
    await this.page.goto(path).catch(async (err: Error) => {
      if (!/ERR_NETWORK_CHANGED/.test(err.message)) throw err;
      await this.page.goto(path);
    });
    await this.waitForMap();
  }

  /**
   * Zooms in (React Flow's own button) until the small print is drawn: addresses and badges are left
   * out below zoom 0.83, where they would be smaller than legible (see zoomTier).
   */
  async zoomToDetails(): Promise<void> {
    for (let i = 0; i < 10 && (await this.canvas.getAttribute('data-zoom')) !== 'near'; i++) {
      await this.page.getByRole('button', { name: 'Zoom In' }).click();
    }
    await expect(this.canvas).toHaveAttribute('data-zoom', 'near');
  }

  /** Waits for a live map: the status says so and nodes are drawn, measured and laid out. */
  async waitForMap(...names: string[]): Promise<void> {
    await expect(this.connectionStatus).toContainText('Live');
    await this.waitForNodes(names);
  }

  /** Waits for a snapshot's map (a file, the sample): the status says snapshot and nodes are drawn. */
  async waitForSnapshotMap(...names: string[]): Promise<void> {
    await expect(this.connectionStatus).toHaveAttribute('data-state', 'snapshot');
    await this.waitForNodes(names);
  }

  private async waitForNodes(names: string[]): Promise<void> {
    await expect(this.page.getByTestId('container-node').first()).toBeVisible();
    for (const name of names) await expect(this.containerNode(name)).toBeAttached();
  }

  /** Whether `target` is fully inside the visible part of the canvas (not under the minimap or controls). */
  async isInView(target: Locator): Promise<boolean> {
    const [box, area] = await Promise.all([target.boundingBox(), this.visibleArea()]);
    return Boolean(box && inside(box, area));
  }

  /**
   * The part of the canvas where a node can be seen and clicked: the canvas minus the strip along its
   * bottom that the minimap and the zoom controls cover.
   */
  async visibleArea(): Promise<Box> {
    const canvas = await this.canvas.boundingBox();
    if (!canvas) throw new Error('the map canvas is not on the page');
    const overlays = await Promise.all(
      [this.page.locator('.react-flow__minimap'), this.page.locator('.react-flow__controls')].map((l) => l.boundingBox()),
    );
    const bottom = Math.min(canvas.y + canvas.height, ...overlays.filter((b): b is Box => b !== null).map((b) => b.y));
    const m = 8;
    return { x: canvas.x + m, y: canvas.y + m, width: canvas.width - 2 * m, height: bottom - canvas.y - 2 * m };
  }

  /** Points on empty canvas (no node, edge or panel), where a drag pans the map. */
  private async freeCanvasPoints(area: Box): Promise<Array<{ x: number; y: number }>> {
    return this.page.evaluate((a) => {
      const step = 24;
      const points: Array<{ x: number; y: number }> = [];
      for (let y = a.y + step / 2; y < a.y + a.height; y += step) {
        for (let x = a.x + step / 2; x < a.x + a.width; x += step) {
          const el = document.elementFromPoint(x, y);
          if (el?.closest('.react-flow') && !el.closest('.react-flow__node, .react-flow__edge, .react-flow__panel')) points.push({ x, y });
        }
      }
      return points;
    }, area);
  }

  /**
   * Pans the map as a user does, by dragging empty canvas, by up to (`dx`, `dy`) pixels: one drag
   * starts on the empty spot that lets it go furthest and stays inside the visible canvas.
   */
  async panBy(dx: number, dy: number): Promise<void> {
    const area = await this.visibleArea();
    const reach = (p: { x: number; y: number }) => ({
      x: clamp(p.x + dx, area.x, area.x + area.width),
      y: clamp(p.y + dy, area.y, area.y + area.height),
    });
    const moved = (p: { x: number; y: number }) => Math.hypot(reach(p).x - p.x, reach(p).y - p.y);
    const points = await this.freeCanvasPoints(area);
    if (points.length === 0) throw new Error('no empty spot on the canvas to drag the map from');
    const from = points.reduce((best, p) => (moved(p) > moved(best) ? p : best));
    const to = reach(from);
    await this.page.mouse.move(from.x, from.y);
    await this.page.mouse.down();
    await this.page.mouse.move(to.x, to.y, { steps: 4 });
    await this.page.mouse.up();
  }

  /** Pans the map until `target` is in view. */
  async reveal(target: Locator): Promise<void> {
    for (let attempt = 0; attempt < 25; attempt++) {
      const area = await this.visibleArea();
      const box = await target.boundingBox();
      if (!box) throw new Error(`cannot reveal ${target}: it is not rendered`);
      if (inside(box, area)) return;
      const want = centre(area);
      const got = centre(box);
      await this.panBy(want.x - got.x, want.y - got.y);
    }
    throw new Error(`could not pan ${target} into view`);
  }

  /**
   * Clicks a container node, as a user would after panning to it. Retried as a whole: when another
   * process changes the engine meanwhile, the map is laid out again and the node may move.
   */
  async clickContainer(name: string): Promise<Locator> {
    const node = this.containerNode(name);
    await expect(async () => {
      await this.reveal(node);
      await node.click({ timeout: 5_000 });
      await expect(this.containerPanel.getByRole('heading', { level: 2 })).toHaveText(name, { timeout: 2_000 });
    }).toPass({ timeout: 30_000 });
    return this.containerPanel;
  }

  /** Clicks a network's header card; see {@link clickContainer}. */
  async clickNetwork(name: string): Promise<Locator> {
    const card = this.networkCard(name);
    await expect(async () => {
      await this.reveal(card);
      await card.click({ timeout: 5_000 });
      await expect(this.networkPanel.getByRole('heading', { level: 2 })).toHaveText(name, { timeout: 2_000 });
    }).toPass({ timeout: 30_000 });
    return this.networkPanel;
  }

  // ---- the details panel ------------------------------------------------------------------------

  /** The details panel (whichever kind is open). */
  panel(): Locator {
    return this.page.getByRole('complementary', { name: 'Details' });
  }

  get containerPanel(): Locator {
    return this.page.getByTestId('container-panel');
  }

  get networkPanel(): Locator {
    return this.page.getByTestId('network-panel');
  }

  /** One titled section of the open panel ("On <network>", "Ports", "Facts", ...). */
  panelSection(title: string): Locator {
    return this.panel().locator('section').filter({ has: this.page.getByRole('heading', { level: 3, name: title, exact: true }) });
  }

  // ---- search -----------------------------------------------------------------------------------

  get searchBox(): Locator {
    return this.page.getByRole('searchbox', { name: 'Search containers, networks, IPs, DNS names' });
  }

  get searchResults(): Locator {
    return this.page.getByRole('listbox', { name: 'Search results' });
  }

  /** Types `text` into the search box and waits for the result list. */
  async search(text: string): Promise<Locator> {
    await this.searchBox.fill(text);
    await expect(this.searchResults).toBeVisible();
    return this.searchResults;
  }

  /** The result for `title` (a container or network name), optionally only when it matched `why`. */
  searchResult(title: string, why?: string | RegExp): Locator {
    let option = this.searchResults.getByRole('option').filter({ has: this.page.getByText(title, { exact: true }) });
    if (why) option = option.filter({ hasText: why });
    return option.getByRole('button');
  }

  /** Picks a search result: the map centres that node and opens its panel. */
  async pickSearchResult(title: string, why?: string | RegExp): Promise<void> {
    await this.searchResult(title, why).click();
  }

  // ---- header and engine states -----------------------------------------------------------------

  get connectionStatus(): Locator {
    return this.page.getByTestId('connection-status');
  }

  get engineFacts(): Locator {
    return this.page.getByTestId('engine-facts');
  }

  get engineProblem(): Locator {
    return this.page.getByTestId('engine-problem');
  }

  // ---- changing the network (drag, dialogs, feedback) -------------------------------------------

  /** Shows the whole map (the zoom controls' fit button), when two nodes must be on screen at once. */
  async fitView(): Promise<void> {
    await this.page.locator('.react-flow__controls-fitview').click();
    await this.page.waitForTimeout(300);
  }

  /**
   * Brings two nodes on screen together: pans to the first as a user does (which also stops the map
   * from re-fitting itself when the engine changes), then shows the whole map if the second is off screen.
   */
  private async bothInView(a: Locator, b: Locator): Promise<void> {
    await this.reveal(a);
    if (!(await this.isInView(b))) await this.fitView();
  }

  /**
   * Drags `what` onto `onto` with the mouse, in small steps as a hand does, after making sure both are
   * on screen; waits for the map's drop hint to name the request before letting go.
   */
  private async dragOnto(what: Locator, onto: Locator, hint: string, shift = false): Promise<void> {
    await this.bothInView(what, onto);
    const from = centre((await what.boundingBox())!);
    const to = centre((await onto.boundingBox())!);
    if (shift) await this.page.keyboard.down('Shift');
    await this.page.mouse.move(from.x, from.y);
    await this.page.mouse.down();
    await this.page.mouse.move(to.x, to.y, { steps: 12 });
    await expect(this.page.getByTestId('drop-hint')).toContainText(hint);
    await this.page.mouse.up();
    if (shift) await this.page.keyboard.up('Shift');
  }

  /** Drags a container onto a network's header card: "connect it there". */
  async dragContainerOnto(container: string, network: string): Promise<void> {
    await this.dragOnto(this.containerNode(container), this.networkCard(network), `${container} to ${network}`);
  }

  /** Shift-drags one container onto another: "can it reach that one?" */
  async shiftDragContainerOnto(container: string, target: string): Promise<void> {
    await this.dragOnto(this.containerNode(container), this.containerNode(target), `${container} can reach ${target}`, true);
  }

  /** Selects an attachment line by clicking it (on the line itself, not its label). */
  async selectEdge(network: string, container: string): Promise<void> {
    const edge = this.endpointEdge(network, container);
    if (!(await this.isInView(edge))) await this.fitView();
    const box = (await edge.boundingBox())!;
    await this.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect(edge).toHaveAttribute('data-selected', 'true');
  }

  get connectDialog(): Locator {
    return this.page.getByTestId('connect-dialog');
  }

  get disconnectDialog(): Locator {
    return this.page.getByTestId('disconnect-dialog');
  }

  /** The last action's progress, result or error (bottom right). */
  get actionFeedback(): Locator {
    return this.page.getByTestId('action-feedback');
  }

  // ---- network actions (header buttons and their dialogs) -----------------------------------------

  get createNetworkDialog(): Locator {
    return this.page.getByTestId('create-network-dialog');
  }

  get removeNetworkDialog(): Locator {
    return this.page.getByTestId('remove-network-dialog');
  }

  get pruneDialog(): Locator {
    return this.page.getByTestId('prune-dialog');
  }

  /** Opens the create form from the header and fills the given fields (labels: one `key=value` per entry). */
  async fillCreateNetwork(fields: { name?: string; subnet?: string; gateway?: string; ipRange?: string; labels?: Record<string, string> }): Promise<Locator> {
    const dialog = this.createNetworkDialog;
    if (!(await dialog.isVisible())) await this.page.getByTestId('create-network-button').click();
    const box = (label: RegExp) => dialog.getByRole('textbox', { name: label });
    if (fields.name !== undefined) await box(/^Name/).fill(fields.name);
    if (fields.subnet !== undefined) await box(/^Subnet/).fill(fields.subnet);
    if (fields.gateway !== undefined) await box(/^Gateway/).fill(fields.gateway);
    if (fields.ipRange !== undefined) await box(/^IP range/).fill(fields.ipRange);
    if (fields.labels) await box(/^Labels/).fill(Object.entries(fields.labels).map(([k, v]) => `${k}=${v}`).join('\n'));
    return dialog;
  }
}
