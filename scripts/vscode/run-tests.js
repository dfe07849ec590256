// Adapted from ../shared/recipes/real-vscode/pw/run-tests.js; the extension gallery points at a closed
// loopback port so the workbench never looks for extensions online.
// Runs the extension's mocha suite inside code-server's (Node) remote extension host, driven by headless chromium.
// Usage: node run-tests.js <extensionDevelopmentPath> <extensionTestsPath(.js)> <workspaceFolder>
const { spawn } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const http = require('http');
const { chromium } = require('playwright-core');

const [extDev, testsPath, folder] = process.argv.slice(2);
if (!folder) { console.error('usage: run-tests.js EXTENSION_DIR TESTS_INDEX_JS WORKSPACE_DIR'); process.exit(2); }
const CODE_SERVER = process.env.CODE_SERVER || 'code-server';
const PORT = +(process.env.PORT || 8091);
const TIMEOUT = +(process.env.TEST_TIMEOUT_MS || 180000);
const t0 = Date.now();
const lap = (m) => console.log(`[runner ${((Date.now() - t0) / 1000).toFixed(1)}s] ${m}`);

const data = fs.mkdtempSync(path.join(os.tmpdir(), 'cs-test-'));
fs.mkdirSync(path.join(data, 'user/User'), { recursive: true });
fs.mkdirSync(path.join(data, 'ext'), { recursive: true });
fs.writeFileSync(path.join(data, 'user/User/settings.json'), JSON.stringify({
  'workbench.startupEditor': 'none', 'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off', 'extensions.autoCheckUpdates': false, 'extensions.autoUpdate': false,
  'update.mode': 'none', 'window.restoreWindows': 'none',
}));
const server = spawn(CODE_SERVER, ['--auth', 'none', '--bind-addr', `127.0.0.1:${PORT}`,
  '--user-data-dir', path.join(data, 'user'), '--extensions-dir', path.join(data, 'ext'),
  '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override'],
  { env: { ...process.env, HOME: data, EXTENSIONS_GALLERY: JSON.stringify({ serviceUrl: 'http://127.0.0.1:9/gallery', itemUrl: 'http://127.0.0.1:9/items' }) }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
server.stdout.on('data', d => process.env.VERBOSE && process.stdout.write('[server] ' + d));
server.stderr.on('data', d => process.stdout.write('[server:err] ' + d));

const waitHealthy = async () => {
  for (let i = 0; i < 300; i++) {
    const ok = await new Promise(r => http.get(`http://127.0.0.1:${PORT}/healthz`, res => { res.resume(); r(res.statusCode === 200); }).on('error', () => r(false)));
    if (ok) return; await new Promise(r => setTimeout(r, 200));
  }
  throw new Error('code-server did not start');
};

let browser;
let summarised = false;
const finish = async (code) => {
  if (browser) await browser.close().catch(() => {});
  try { process.kill(-server.pid, 'SIGTERM'); } catch { server.kill('SIGTERM'); } // whole group: also ext host / file watcher
  fs.rmSync(data, { recursive: true, force: true });
  lap(`exit code ${code}`);
  process.exit(code);
};

(async () => {
  await waitHealthy();
  lap('code-server up');
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  const page = await browser.newPage();
  const authority = `127.0.0.1:${PORT}`;
  const remote = p => `vscode-remote://${authority}${path.resolve(p)}`;
  const done = new Promise(resolve => {
    page.exposeFunction('codeAutomationLog', (type, args) => {
      const parts = Array.isArray(args) ? args : [args];
      if (/^\s*\d+ passing/m.test(require('util').format(...parts))) summarised = true;
      console.log(...parts);
    });
    page.exposeFunction('codeAutomationExit', (code) => resolve(code));
  });
  page.on('console', m => { if (process.env.VERBOSE) console.log('[page]', m.text()); });
  page.on('pageerror', e => console.log('[pageerror]', e.message));
  const payload = [['extensionDevelopmentPath', remote(extDev)], ['extensionTestsPath', remote(testsPath)]];
  const url = `http://${authority}/?folder=${encodeURIComponent(path.resolve(folder))}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  await page.goto(url);
  lap('workbench page loaded, waiting for tests');
  const code = await Promise.race([done, new Promise(r => setTimeout(() => { lap('TIMEOUT'); r(2); }, TIMEOUT))]);
  // A run that ends without mocha's summary did not finish (the extension host died): not a pass.
  if (code === 0 && !summarised) { lap('the test run ended without a mocha summary (did the extension host die?)'); await finish(1); }
  await finish(typeof code === 'number' ? code : 1);
})().catch(async e => { console.error(e); await finish(1); });
