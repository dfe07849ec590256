// Runs the same integration suite in desktop VS Code through @vscode/test-electron, on machines
// that can download VS Code (these offline ones cannot: use `npm run test:integration` here).
import { runTests } from '@vscode/test-electron';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
try {
  await runTests({
    version: '1.100.3',
    extensionDevelopmentPath: root,
    extensionTestsPath: join(root, 'out/test/integration/index.js'),
    launchArgs: [join(root, 'test/fixtures'), '--disable-extensions'],
  });
} catch (e) {
  console.error('integration tests failed:', e instanceof Error ? e.message : e);
  process.exit(1);
}
