import { expect, test, type Page } from '@playwright/test';
import { MapPage } from './pages/map-page';
import { LEGIBLE_PX } from '../lib/graph/map-level';
import { readRun } from './support/e2e-run';
import { ONCE } from './support/once';

const { names: n } = readRun();

/** The map's zoom, as React Flow applies it to the viewport. */
const zoomOf = (page: Page) => page.locator('.react-flow__viewport').evaluate((e) => new DOMMatrix(getComputedStyle(e).transform).a);

/**
 * Text drawn on the map smaller than `min` screen px: every visible text node under React Flow's
 * viewport (nodes and edge labels), at its computed font size times the zoom. Transparent text (a
 * name kept for find and screen readers) and hidden text do not count.
 */
function tooSmall(page: Page, min: number) {
  return page.evaluate((minPx) => {
    const viewport = document.querySelector('.react-flow__viewport') as HTMLElement;
    const scale = new DOMMatrix(getComputedStyle(viewport).transform).a;
    const out: string[] = [];
    const walker = document.createTreeWalker(viewport, NodeFilter.SHOW_TEXT);
    for (let t = walker.nextNode(); t; t = walker.nextNode()) {
      const el = t.parentElement;
      if (!el || !t.textContent?.trim() || el.closest('title')) continue;
      if (!el.checkVisibility({ visibilityProperty: true })) continue;
      const cs = getComputedStyle(el);
      if (cs.color === 'rgba(0, 0, 0, 0)' || cs.color === 'transparent') continue;
      const px = parseFloat(cs.fontSize) * scale;
      if (px < minPx - 0.01) out.push(`${t.textContent.trim().slice(0, 30)} @ ${px.toFixed(1)}px`);
    }
    return out;
  }, min);
}

/** Zooms out one wheel step at the canvas centre and waits for the tier to settle. */
async function zoomOut(page: Page): Promise<void> {
  const box = (await page.getByTestId('map-canvas').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, 120);
  await page.waitForTimeout(150);
}

test.describe('legible at every zoom', ONCE, () => {
  for (const level of ['Containers', 'Overview'] as const) {
    test(`${level}: no text is drawn smaller than ${LEGIBLE_PX} px from zoom 1 down to the smallest; names stay in the DOM`, async ({ page }) => {
      const map = new MapPage(page);
      await map.open();
      await map.waitForMap(n.api);
      await page.getByRole('radio', { name: level }).click();
      const canvas = page.getByTestId('map-canvas');
      const tiers = new Set<string>();
      for (let step = 0; step < 40 && (await zoomOf(page)) > 0.12; step++) {
        tiers.add((await canvas.getAttribute('data-zoom'))!);
        expect(await tooSmall(page, LEGIBLE_PX), `at zoom ${(await zoomOf(page)).toFixed(2)}`).toEqual([]);
        await zoomOut(page);
      }
      expect([...tiers]).toEqual(expect.arrayContaining(['far', 'farthest', 'bare']));
      // Zoomed all the way out, the names are still text on the page (find, screen readers).
      await expect(map.networkNode(n.backend).getByTestId('network-name')).toBeAttached();
      if (level === 'Containers') {
        await expect(map.containerNode(n.api)).toContainText(n.api);
        await expect(page.getByTestId('zoom-hint')).toBeVisible();
      }
    });
  }
});
