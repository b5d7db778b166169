// Flat config. Besides style, it enforces the architecture's boundaries (ARCHITECTURE.md):
// shared/ imports nothing platform-specific, renderer/ imports only shared/, server/ imports no
// desk code (electron/, renderer/), electron/core imports no transport and no Electron glue (it
// runs in tests, the browser-mode host and the benchmarks too), and only the thin Electron glue
// files import `electron`.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const ELECTRON_GLUE = ['electron/main.ts', 'electron/preload.ts', 'electron/window.ts', 'electron/updater.ts', 'electron/menu.ts', 'electron/safe-storage.ts'];
// The glue files by module name, as electron/core would reach them (`../main.js`, `../../window.js`).
const GLUE_MODULES = '(main|preload|window|updater|menu|safe-storage)';

const noElectron = [
  { name: 'electron', message: 'Only the Electron glue (electron/main, preload, window, updater, menu, safe-storage) may import electron.' },
  { name: 'electron-updater', message: 'Only electron/updater.ts may import electron-updater.' },
];

const noNodeBuiltins = builtinModules
  .filter((name) => !name.startsWith('_'))
  .map((name) => ({ name, message: 'This code also runs outside Node; Node built-ins are not allowed here.' }));
const noNodePrefixed = { group: ['node:*'], message: 'This code also runs outside Node; Node built-ins are not allowed here.' };

// No `restrictedImports` rule merges across config objects (the last match wins), so every
// boundary block repeats the electron ban.
export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', '.cache/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    files: ['**/*.{ts,tsx,js,mjs,cjs}'],
    ignores: ELECTRON_GLUE,
    rules: { 'no-restricted-imports': ['error', { paths: noElectron }] },
  },
  {
    files: ['shared/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...noElectron,
            ...noNodeBuiltins,
            { name: 'better-sqlite3', message: 'shared/ is pure: database access belongs in electron/core or server.' },
            { name: 'kysely', message: 'shared/ is pure: database access belongs in electron/core or server.' },
            { name: 'react', message: 'shared/ is pure: UI belongs in renderer/.' },
            { name: 'react-dom', message: 'shared/ is pure: UI belongs in renderer/.' },
          ],
          patterns: [
            noNodePrefixed,
            { group: ['@mantine/*', 'react-dom/*'], message: 'shared/ is pure: UI belongs in renderer/.' },
            {
              regex: '^\\.{1,2}/(.*/)?(electron|renderer|server)(/|$)',
              message: 'shared/ is imported by every side and may import none of them.',
            },
          ],
        },
      ],
    },
  },
  { ...reactHooks.configs.flat.recommended, files: ['renderer/**/*.{ts,tsx}'] },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...noElectron, ...noNodeBuiltins],
          patterns: [
            noNodePrefixed,
            {
              regex: '^\\.{1,2}/(.*/)?(electron|server)(/|$)',
              message: 'The renderer talks to the core only through lib/api.ts and imports only shared/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['server/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: noElectron,
          patterns: [
            {
              regex: '^\\.{1,2}/(.*/)?(electron|renderer)(/|$)',
              message: 'server/ runs without the desk: it imports shared/ and its own code, never electron/ or renderer/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: noElectron,
          patterns: [
            {
              regex: '^\\.{1,2}/(.*/)?(transports|renderer|server)(/|$)',
              message: 'electron/core is used by every transport and may import none of them (nor renderer/ or server/).',
            },
            {
              regex: `^(\\.\\./)+${GLUE_MODULES}(\\.js)?$`,
              message: 'electron/core runs without Electron: the glue (main, preload, window, updater, menu, safe-storage) injects what it needs.',
            },
          ],
        },
      ],
    },
  },
);
