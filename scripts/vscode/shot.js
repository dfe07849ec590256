// Opens the sample article in a real workbench (code-server + headless Chromium) with the packaged
// extension installed, and saves PNGs: the coloured quotes, a hover card, the Sources view, the report,
// and the .txt and .md drafts in dark, light and high-contrast themes.
// Usage: node shot.js URL OUT_DIR
const path = require('path');
const { chromium } = require('playwright-core');

const [url, outDir] = process.argv.slice(2);
const lap0 = Date.now();

/** The .txt and the .md draft, as they look in the current theme (`key` names the files). */
async function themeShots(page, key) {
  for (const file of ['sample-article.txt', 'bus-talks.md']) {
    const folder = page.locator('.pane-header', { hasText: 'ws' }).first();
    await folder.waitFor({ timeout: 60000 });
    if ((await folder.getAttribute('aria-expanded')) !== 'true') await folder.click();
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: file }).first().click();
    await page.locator('.monaco-editor .view-overlays .cdr[class*="ced-"]').first().waitFor({ timeout: 30000 });
    await page.waitForTimeout(600);
    const out = path.join(outDir, `theme-${key}-${file.split('.').pop()}.png`);
    await page.screenshot({ path: out });
    console.log(`[${((Date.now() - lap0) / 1000).toFixed(1)}s] saved ${out}`);
  }
}
if (!url || !outDir) { console.error('usage: shot.js URL OUT_DIR'); process.exit(2); }
(async () => {
  const t0 = Date.now();
  const lap = (m) => console.log(`[${((Date.now() - t0) / 1000).toFixed(1)}s] ${m}`);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  try {
    await page.goto(url);
    await page.waitForSelector('.monaco-workbench', { timeout: 60000 });
    if (process.env.THEME_ONLY) {
      await themeShots(page, process.env.THEME_ONLY);
      await browser.close();
      return;
    }
    const item = page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'sample-article.txt' });
    await item.waitFor({ timeout: 60000 });
    await item.click();
    await page.waitForSelector('.monaco-editor .view-lines', { timeout: 30000 });
    // A stance decoration: an overlay div with a decoration class (ced-*) in the editor.
    await page.locator('.monaco-editor .view-overlays .cdr[class*="ced-"]').first().waitFor({ timeout: 30000 });
    await page.waitForTimeout(500); // let the gutter icons and overview ruler paint
    const colours = path.join(outDir, 'stance-colours.png');
    await page.screenshot({ path: colours });
    lap('saved ' + colours);
    const target = page.locator('.monaco-editor .view-lines span', { hasText: 'surrender' }).first();
    const box = await target.boundingBox();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const hover = page.locator('.monaco-hover', { hasText: 'Milo Pereira' });
    await hover.waitFor({ state: 'visible', timeout: 15000 });
    lap('hover: ' + JSON.stringify(await hover.innerText()));
    await page.waitForTimeout(500); // let the hover finish fading in
    const card = path.join(outDir, 'hover-card.png');
    await page.screenshot({ path: card });
    lap('saved ' + card);
    await page.mouse.move(5, 400);

    // The Sources view in the Explorer: make room for it, expand it, then the first speaker.
    const folders = page.locator('.pane-header', { hasText: 'ws' }).first();
    if ((await folders.getAttribute('aria-expanded')) === 'true') await folders.click();
    const header = page.locator('.pane-header', { hasText: 'Stance Sources' });
    await header.waitFor({ timeout: 15000 });
    if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
    const speaker = page.locator('.monaco-list-row', { hasText: 'Elena Varga' }).first();
    await speaker.waitFor({ timeout: 15000 });
    await speaker.click();
    await page.locator('.monaco-list-row', { hasText: 'line 2' }).first().waitFor({ timeout: 10000 });
    const sources = path.join(outDir, 'sources-view.png');
    await page.screenshot({ path: sources });
    lap('saved ' + sources);

    // The stance report, from the command palette.
    await page.locator('.monaco-editor .view-lines').first().click();
    await page.keyboard.press('F1');
    await page.keyboard.type('Stance Lens: Show Stance Report');
    await page.waitForTimeout(300);
    await page.keyboard.press('Enter');
    const frame = page.frameLocator('iframe.webview').frameLocator('iframe#active-frame');
    await frame.locator('h1', { hasText: 'Stance report' }).waitFor({ timeout: 20000 });
    await page.waitForTimeout(500);
    const report = path.join(outDir, 'stance-report.png');
    await page.screenshot({ path: report });
    lap('saved ' + report);

    await themeShots(page, 'dark');
    await browser.close();
  } catch (e) {
    console.error('FAILED:', e.message);
    await page.screenshot({ path: path.join(outDir, 'failed.png') }).catch(() => {});
    await browser.close();
    process.exit(1);
  }
})();
