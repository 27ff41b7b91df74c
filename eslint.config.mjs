/**
 * ESLint flat config (ESLint 10 + typescript-eslint).
 *
 * Rooms (docs/ARCHITECTURE.md, one-way doors taskpane → excel → domain) are enforced here:
 * - src/domain may not import src/excel, src/taskpane, src/commands, src/host, and may not use Excel/Office
 *   at all (neither values nor types);
 * - src/excel may not import src/taskpane, src/commands, src/host, and may not use the *global* Excel/Office
 *   objects at run time. Types stay allowed: `no-restricted-globals` only reports value references, so
 *   `context: Excel.RequestContext` or `Excel.Range` in a type position passes, while `Excel.run(...)`,
 *   `Office.context` or `new OfficeExtension.Error()` are reported (enums go as string literals: 'Right');
 * - src/taskpane and src/commands may not import src/host (only the demo entry and the CLI may).
 */
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

const OFFICE_GLOBALS = ['Excel', 'Office', 'OfficeExtension'];

const NODE_GLOBALS = Object.fromEntries(
  ['require', 'module', 'exports', '__dirname', '__filename', 'process', 'console', 'Buffer', 'URL'].map(
    (name) => [name, 'readonly'],
  ),
);

/**
 * `no-restricted-imports` blocks for the files of `src/<room>`: for a file `depth` folders below the room,
 * a relative import reaches a sibling room with exactly depth + 1 `../` (or depth + 2 and `src/`).
 * Matching by depth avoids false positives on a sub-folder of the room that happens to be called `excel`.
 */
function roomImports(room, forbidden, maxDepth = 8) {
  const rooms = `(${forbidden.join('|')})`;
  const message = `src/${room} may not import src/${forbidden.join(', src/')} (docs/ARCHITECTURE.md, rooms).`;
  return Array.from({ length: maxDepth + 1 }, (_, depth) => ({
    files: [`src/${room}/${'*/'.repeat(depth)}*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: `^(\\.\\./){${depth + 1}}${rooms}(/|$)`, message },
            { regex: `^(\\.\\./){${depth + 2}}src/${rooms}(/|$)`, message },
            { regex: `^(src|@)/${rooms}(/|$)`, message },
          ],
        },
      ],
    },
  }));
}

export default defineConfig(
  { ignores: ['dist/**', 'node_modules/**', 'build/**', 'test-output/**', 'assets/**', 'coverage/**'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['**/*.{js,cjs,mjs}'],
    languageOptions: { globals: NODE_GLOBALS },
  },
  {
    files: ['**/*.{js,cjs}'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // Room: domain (pure TypeScript).
  ...roomImports('domain', ['excel', 'taskpane', 'commands', 'host']),
  {
    files: ['src/domain/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-globals': ['error', ...OFFICE_GLOBALS],
      'no-restricted-syntax': [
        'error',
        {
          selector: `TSQualifiedName > Identifier.left[name=/^(${OFFICE_GLOBALS.join('|')})$/]`,
          message: 'src/domain uses no Office.js types (docs/ARCHITECTURE.md).',
        },
      ],
    },
  },
  // Room: excel (Excel API subset through an injected context; types only from @types/office-js).
  ...roomImports('excel', ['taskpane', 'commands', 'host']),
  {
    files: ['src/excel/**/*.{ts,tsx}'],
    rules: { 'no-restricted-globals': ['error', ...OFFICE_GLOBALS] },
  },
  // Production UI never imports the in-memory host.
  ...roomImports('taskpane', ['host']),
  ...roomImports('commands', ['host']),
);
