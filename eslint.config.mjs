// Lint rules: typescript-eslint's recommended set, plus the engine's one hard boundary.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'out/**', '.vscode-test/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['src/analysis/**/*.ts', 'src/cli.ts'],
    rules: {
      // The engine is pure: it runs in the CLI and in unit tests without VS Code.
      'no-restricted-imports': ['error', { paths: [{ name: 'vscode', message: 'The analysis engine must not depend on vscode.' }] }],
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
);
