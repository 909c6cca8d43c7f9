/**
 * Takes a screenshot of a running dashboard: `npm run screenshot -- [url] [out.png] [--select name]`.
 * Used for the README image (on the demo topology: `npm run demo:up`, `npm start`, then this).
 */
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../e2e/chromium';

async function main() {
  const args = process.argv.slice(2);
  const selectIdx = args.indexOf('--select');
  const select = selectIdx >= 0 ? args.splice(selectIdx, 2)[1] : undefined;
  const url = args[0] ?? 'http://127.0.0.1:3000/';
  const out = args[1] ?? 'docs/screenshot.png';
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1600, height: 900 }, deviceScaleFactor: 1 });
    await page.goto(url);
    await page.getByTestId('container-node').first().waitFor({ timeout: 30_000 });
    await page.waitForTimeout(800);
    if (select) {
      await page.locator(`[data-testid="container-node"][data-name="${select}"]`).click();
      await page.getByTestId('container-panel').waitFor();
    }
    await page.screenshot({ path: out });
    console.log(`screenshot written to ${out}`);
  } finally {
    await browser.close();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
