import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '../..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const source = (rel: string): string => readFileSync(join(root, rel), 'utf8');
const allSources = (dir: string): string => readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.ts')).map((f) => source(join(dir, f))).join('\n');

describe('package.json manifest', () => {
  const declared = manifest.contributes.configuration.properties as Record<string, { markdownDescription: string; default: unknown }>;

  it('declares every setting config.ts reads, and nothing it does not', () => {
    const read = [...source('src/editor/config.ts').matchAll(/config\.get<.+?>\('([^']+)'/g)].map((m) => `stanceLens.${m[1]}`);
    assert.ok(read.length >= 5);
    assert.deepEqual([...new Set(read)].sort(), Object.keys(declared).sort());
  });

  it('repeats each setting\'s markdownDescription in the Settings JSDoc', () => {
    const cfg = source('src/editor/config.ts');
    for (const [key, p] of Object.entries(declared)) assert.ok(cfg.includes(`/** ${p.markdownDescription} */`), `JSDoc for ${key}`);
  });

  it('declares every command the extension registers', () => {
    const registered = [...allSources('src').matchAll(/registerCommand\('([^']+)'/g)].map((m) => m[1]).sort();
    const contributed = manifest.contributes.commands.map((c: { command: string }) => c.command).sort();
    assert.deepEqual(registered, contributed);
  });

  it('declares every theme colour the code uses, with dark, light and high-contrast defaults', () => {
    const ids = new Set(manifest.contributes.colors.map((c: { id: string }) => c.id));
    const used = [...allSources('src').matchAll(/ThemeColor\(`([^`]+)`\)|ThemeColor\('([^']+)'\)/g)].flatMap((m) => {
      const id = m[1] ?? m[2];
      return /\$\{[^}]+\}/.test(id) ? ['supportive', 'critical', 'cautious', 'neutral'].map((s) => id.replace(/\$\{[^}]+\}/, s)) : [id];
    });
    assert.ok(used.length >= 9);
    for (const id of used) assert.ok(ids.has(id), `colour ${id} is contributed`);
    for (const c of manifest.contributes.colors) for (const k of ['dark', 'light', 'highContrast']) assert.ok(k in c.defaults, `${c.id} has a ${k} default`);
  });

  it('activates on languages, never on *', () => {
    assert.ok(!manifest.activationEvents.includes('*'));
    assert.ok(manifest.activationEvents.includes('onLanguage:plaintext'));
    assert.ok(manifest.activationEvents.includes('onLanguage:markdown'));
  });

  it('has a browser entry for vscode.dev/github.dev whose bundle needs nothing of Node', () => {
    assert.equal(manifest.browser, './dist/web/extension.js');
    const bundle = source(manifest.browser);
    // Only vscode is required; no Node globals are touched (a guarded setImmediate is allowed, minified or not).
    assert.deepEqual([...new Set([...bundle.matchAll(/\brequire\("([^"]+)"\)/g)].map((m) => m[1]))], ['vscode']);
    const nodeGlobals = bundle.replace(/typeof setImmediate\s*===?\s*"function"\s*[)?]\s*setImmediate\(/g, '').match(/\b(?:process\.|Buffer\b|setImmediate\b|__dirname|__filename)/g);
    assert.equal(nodeGlobals, null, `Node globals in the web bundle: ${nodeGlobals?.join(', ')}`);
    // The sources of the editor layer and the engine import no Node built-in either.
    const shipped = ['src/editor', 'src/analysis'].flatMap((dir) => readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).map((f) => source(join(dir, f))));
    assert.ok(shipped.length > 20);
    assert.deepEqual(shipped.flatMap((text) => [...text.matchAll(/from '(node:[^']+)'/g)].map((m) => m[1])), []);
  });

  it('draws stance in a vocabulary of its own, never the one of problems', () => {
    const editor = allSources('src/editor') + source('src/extension.ts');
    assert.doesNotMatch(editor, /underline wavy|\$\((?:error|warning|pass)\)|ThemeIcon\('(?:error|warning|pass)'/);
    const look = source('src/editor/look.ts');
    for (const codicon of ['error', 'warning', 'pass', 'pass-filled', 'close', 'check']) assert.ok(!look.includes(`'${codicon}'`), codicon);
    for (const stance of ['supportive', 'critical', 'cautious', 'neutral']) {
      const svg = source(`media/stance-${stance}.svg`);
      assert.match(svg, /^<svg [^>]*viewBox="0 0 16 16"/);
    }
  });

  it('keeps engines.vscode within what the offline test VS Code (1.100) runs', () => {
    assert.equal(manifest.engines.vscode, '^1.100.0');
  });
});
