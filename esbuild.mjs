// Builds the bundles: the extension for Node's extension host and for the web worker one (vscode.dev,
// github.dev; same sources, no Node built-ins), the CLI, and the engine for other tools.
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  // esbuild's table lacks Node's support of \p{…} in regular expressions, and would rewrite every such
  // literal as a \`new RegExp(…)\` built again each time the code runs (53 of them, some once per word).
  supported: { 'regexp-unicode-property-escapes': true },
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  legalComments: 'none',
};

if (process.argv.includes('--tests')) {
  // The integration suite, bundled for the extension host (vscode and mocha come from the host/project).
  await esbuild.build({
    ...common, entryPoints: ['test/integration/index.ts', 'test/integration/extension.test.ts'],
    outdir: 'out/test/integration', external: ['vscode', 'mocha'], sourcemap: true,
  });
  process.exit(0);
}

await Promise.all([
  esbuild.build({ ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] }),
  // The web worker extension host: a browser bundle; a Node built-in anywhere in its sources fails the build.
  esbuild.build({
    ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/web/extension.js', external: ['vscode'],
    platform: 'browser', target: 'es2022', mainFields: ['browser', 'module', 'main'],
  }),
  esbuild.build({
    ...common, entryPoints: ['src/cli.ts'], outfile: 'dist/cli.js',
    // ES-module dependencies (tinyglobby) read import.meta.url; give the CommonJS bundle one.
    banner: { js: "#!/usr/bin/env node\nconst __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
    define: { 'import.meta.url': '__importMetaUrl' },
  }),
  esbuild.build({ ...common, entryPoints: ['src/analysis/index.ts'], outfile: 'dist/engine.js' }),
  // The stages' entry points, so their table tests also run against a bundle.
  esbuild.build({ ...common, entryPoints: ['src/analysis/stages.ts'], outfile: 'dist/stages.js' }),
]);
