// @ts-check
import { readdirSync } from 'node:fs';
import checkFile from 'eslint-plugin-check-file';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import importBoundaries from './eslint-rules/import-boundaries.js';

const modules = readdirSync('src/modules', { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

/**
 * Every import points down: shared → platform → modules → app (ARCHITECTURE.md). A module reaches
 * another only through its public door: `index.ts` (server) or `web/index.ts` (browser).
 */
const zonesFor = (TEST) => [
  {
    target: './src/shared',
    from: ['./src/platform', './src/modules', './src/app'],
    message: 'shared/ is the bottom floor: it imports nothing above it.',
  },
  {
    target: './src/platform',
    from: ['./src/modules', './src/app'],
    message: 'platform/ knows no module and no composition root.',
  },
  {
    target: './src/modules',
    from: './src/app',
    except: TEST ? ['./server/testing'] : [],
    message: 'Modules never import the composition roots (tests may use src/app/server/testing).',
  },
  { target: './src/platform/web', from: './src/platform/server', message: 'Browser code never imports server code.' },
  ...modules.map((m) => ({
    target: `./src/modules/${m}`,
    from: './src/modules',
    except: [`./${m}`, ...modules.filter((n) => n !== m).flatMap((n) => [`./${n}/index.ts`, `./${n}/web/index.ts`])],
    message: 'Reach another module only through its public door (index.ts or web/index.ts).',
  })),
  ...modules.map((m) => ({
    target: `./src/modules/${m}/web`,
    from: [`./src/modules/${m}/server`, `./src/modules/${m}/index.ts`],
    message: 'Browser code never imports server code.',
  })),
];

// Test files and test kits may use the app's test harness (src/app/server/testing); production code may not.
const TEST_FILES = ['**/*.test.ts', '**/*.test.tsx', '**/testing/**', '**/*-test-kit.ts'];

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'dist-web/', 'data/', 'coverage/', '**/*.gen.ts', 'e2e/artifacts/', 'bench/out/'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
    plugins: { merit: { rules: { 'import-boundaries': importBoundaries } }, 'check-file': checkFile },
    rules: {
      'merit/import-boundaries': ['error', { zones: zonesFor(false) }],
      'check-file/filename-naming-convention': [
        'error',
        {
          'src/**/*.{ts,tsx}': 'KEBAB_CASE',
          'e2e/**/*.ts': 'KEBAB_CASE',
          'bench/**/*.ts': 'KEBAB_CASE',
          'scripts/**/*.{ts,mjs}': 'KEBAB_CASE',
        },
        { ignoreMiddleExtensions: true },
      ],
      'check-file/folder-naming-convention': ['error', { 'src/**/': 'KEBAB_CASE' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error', 'info'] }],
    },
  },
  { files: TEST_FILES, rules: { 'merit/import-boundaries': ['error', { zones: zonesFor(true) }] } },
  {
    files: ['src/**/web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    // Migrations are named by date and module so they sort in the order they run.
    files: ['src/platform/server/db/migrations/*.ts'],
    rules: {
      'check-file/filename-naming-convention': [
        'error',
        { 'src/platform/server/db/migrations/!(index).ts': '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]-[0-9][0-9]-+([a-z-])' },
      ],
    },
  },
  {
    files: ['scripts/**', 'bench/**', 'e2e/**', 'src/app/server/cli.ts', 'src/app/server/cli/**'],
    rules: { 'no-console': 'off' },
  },
);
