// Stance Lens as a web extension (vscode.dev, github.dev): a .vsix whose manifest has only the
// `browser` entry, installed into code-server, runs in the web worker extension host. This suite
// drives that workbench with headless Chromium and checks what a user sees: colours, a hover card,
// Problems entries, the Sources view, the report and an untitled draft. Run by scripts/web-integration.sh.
import * as assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const { FULL_VSIX, VSIX, WORKSPACE, TOOLS, SCREENSHOTS } = process.env;
if (!VSIX || !WORKSPACE || !TOOLS || !SCREENSHOTS) throw new Error('run through scripts/web-integration.sh (VSIX, WORKSPACE, TOOLS, SCREENSHOTS)');
const { chromium } = createRequire(join(TOOLS, 'node_modules', 'index.js'))('playwright-core');
const CODE_SERVER = join(TOOLS, 'node_modules', '.bin', 'code-server');
const PORT = +(process.env.PORT || 8093);
const DECORATION = '.monaco-editor .view-overlays .cdr[class*="ced-"]';

const healthy = () => new Promise((resolve) => get(`http://127.0.0.1:${PORT}/healthz`, (res) => { res.resume(); resolve(res.statusCode === 200); }).on('error', () => resolve(false)));
/** The file names in a zip archive (a .vsix), read from its central directory. */
function zipEntries(bytes) {
  const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  const names = [];
  for (let i = 0; i < count; i++) {
    const nameLength = bytes.readUInt16LE(at + 28);
    names.push(bytes.toString('utf8', at + 46, at + 46 + nameLength));
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return names;
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

describe('Stance Lens in the web worker extension host (browser entry only)', function () {
  let data, server, browser, page;
  const timings = {};

  const command = async (title) => {
    await page.keyboard.press('F1');
    await page.locator('.quick-input-widget input').waitFor();
    await page.keyboard.type(title);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor({ timeout: 10000 });
    await page.keyboard.press('Enter');
  };
  const closeAllEditors = async () => {
    await command('View: Close All Editors');
    await page.locator(DECORATION).first().waitFor({ state: 'detached', timeout: 10000 });
  };
  /** Opens a workspace file from the Explorer; resolves with the ms until its first stance colour. */
  const openAndTimeColours = async (name) => {
    const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: name });
    await row.waitFor({ timeout: 60000 });
    const start = Date.now();
    await row.click();
    await page.locator('.monaco-editor .view-lines .view-line').first().waitFor({ timeout: 30000 });
    const shown = Date.now() - start;
    await page.locator(DECORATION).first().waitFor({ timeout: 30000 });
    console.log(`      ${name}: text shown after ${shown} ms, colours after ${Date.now() - start} ms`);
    return Date.now() - start;
  };
  const shot = async (name) => {
    await sleep(400); // let gutter icons, hovers and panels finish painting
    await page.screenshot({ path: join(SCREENSHOTS, name) });
  };

  before(async function () {
    this.timeout(180000);
    mkdirSync(SCREENSHOTS, { recursive: true });
    data = mkdtempSync(join(tmpdir(), 'stance-lens-web-'));
    mkdirSync(join(data, 'user', 'User'), { recursive: true });
    writeFileSync(join(data, 'user', 'User', 'settings.json'), JSON.stringify({
      'workbench.startupEditor': 'none', 'security.workspace.trust.enabled': false, 'telemetry.telemetryLevel': 'off',
      'extensions.autoCheckUpdates': false, 'extensions.autoUpdate': false, 'update.mode': 'none',
      'workbench.colorTheme': 'Default Dark Modern', 'editor.hover.delay': 100, 'editor.wordWrap': 'on', 'editor.minimap.enabled': false,
    }));
    const env = { ...process.env, HOME: data, EXTENSIONS_GALLERY: JSON.stringify({ serviceUrl: 'http://127.0.0.1:9/gallery', itemUrl: 'http://127.0.0.1:9/items' }) };
    const dirs = ['--user-data-dir', join(data, 'user'), '--extensions-dir', join(data, 'ext')];
    execFileSync(CODE_SERVER, [...dirs, '--install-extension', VSIX], { env, stdio: 'ignore' });
    server = spawn(CODE_SERVER, ['--auth', 'none', '--bind-addr', `127.0.0.1:${PORT}`, ...dirs, '--disable-telemetry',
      '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override'], { env, stdio: 'ignore', detached: true });
    for (let i = 0; i < 300 && !(await healthy()); i++) await sleep(200);
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on('pageerror', (e) => console.log('      [pageerror]', e.message));
    await page.goto(`http://127.0.0.1:${PORT}/?folder=${encodeURIComponent(WORKSPACE)}`);
    await page.waitForSelector('.monaco-workbench', { timeout: 60000 });
  });

  after(async function () {
    this.timeout(30000);
    if (page && this.currentTest?.state === 'failed') await page.screenshot({ path: join(SCREENSHOTS, 'web-failed.png') }).catch(() => {});
    await browser?.close().catch(() => {});
    try { process.kill(-server.pid, 'SIGTERM'); } catch { server?.kill('SIGTERM'); }
    if (data) rmSync(data, { recursive: true, force: true });
    if (Object.keys(timings).length) console.log(`      first colours on the web: ${JSON.stringify(timings)}`);
  });

  it('ships one .vsix with both bundles, under 1 MB', () => {
    const bytes = readFileSync(FULL_VSIX);
    assert.ok(bytes.length < 1024 * 1024, `${bytes.length} bytes`);
    const names = zipEntries(bytes);
    assert.ok(names.includes('extension/dist/extension.js') && names.includes('extension/dist/web/extension.js'), names.join(', '));
    assert.ok(!names.some((n) => n.endsWith('.map') || n.startsWith('extension/src/')), 'no source maps or sources');
    console.log(`      .vsix: ${(bytes.length / 1024).toFixed(0)} KB, ${names.length} files`);
  });

  it('is installed with only the browser entry, so it can only run in the web worker host', () => {
    const dir = readdirSync(join(data, 'ext')).find((d) => d.startsWith('stance-lens.'));
    assert.ok(dir, 'the extension is installed');
    const manifest = JSON.parse(readFileSync(join(data, 'ext', dir, 'package.json'), 'utf8'));
    assert.equal(manifest.main, undefined);
    assert.equal(manifest.browser, './dist/web/extension.js');
  });

  it('colours the quotes of the first draft opened (activation included)', async () => {
    timings.firstDocumentMs = await openAndTimeColours('sample-article.txt');
    assert.ok((await page.locator(DECORATION).count()) >= 5, 'several quotes coloured');
    await shot('web-colours.png');
  });

  it('answers a hover on a quote with its speaker card', async () => {
    const word = page.locator('.monaco-editor .view-lines span', { hasText: 'surrender' }).first();
    const box = await word.boundingBox();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const hover = page.locator('.monaco-hover', { hasText: 'Milo Pereira' });
    await hover.waitFor({ state: 'visible', timeout: 15000 });
    assert.match(await hover.innerText(), /critical/i);
    await shot('web-hover.png');
    await page.mouse.move(5, 400);
  });

  it('colours a later draft, and lists its attribution problems in the Problems panel', async () => {
    await closeAllEditors();
    timings.laterDocumentMs = await openAndTimeColours('checks-draft.txt');
    await command('View: Focus Problems');
    const problems = page.locator('.markers-panel .monaco-list-row');
    await problems.filter({ hasText: 'no attributable speaker' }).first().waitFor({ timeout: 15000 });
    await problems.filter({ hasText: 'never closed' }).first().waitFor({ timeout: 5000 });
    await shot('web-problems.png');
  });

  it('lists speakers in the Stance Sources view', async () => {
    await command('Focus on Stance Sources View');
    await page.locator('.monaco-list-row', { hasText: 'Grace Okafor' }).first().waitFor({ timeout: 15000 });
    await shot('web-sources.png');
  });

  it('opens the stance report in a webview', async () => {
    await page.locator('.monaco-editor .view-lines').first().click();
    await command('Stance Lens: Show Stance Report');
    const frame = page.frameLocator('iframe.webview').frameLocator('iframe#active-frame');
    await frame.locator('h1', { hasText: 'Stance report' }).waitFor({ timeout: 20000 });
    await shot('web-report.png');
  });

  it('colours an untitled draft as it is typed', async () => {
    await closeAllEditors();
    await command('File: New Untitled Text File');
    await page.locator('.monaco-editor .view-lines').first().click();
    await page.keyboard.type('"We will never accept this offer," Mayor Ana Ruiz said.');
    await page.locator(DECORATION).first().waitFor({ timeout: 15000 });
  });
});
