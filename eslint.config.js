// ESLint flat config for the whole monorepo: typescript-eslint, plus nx module boundaries that keep the
// architecture honest (core imports no other package; adapters and rule packs import only core; nothing
// imports an example). tools/test/module-boundaries.test.ts proves a forbidden import fails.
import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';
import { depConstraints } from './tools/module-boundaries.js';


const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '.nx/**', '**/coverage/**', '**/*.d.ts', 'tools/.docs-examples/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.js', '**/*.mjs'],
    plugins: { '@nx': nx },
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        { enforceBuildableLibDependency: false, allowCircularSelfDependency: false, depConstraints },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // @ungcu/core runs in browsers: its sources may not import Node built-ins (tests may).
    files: ['packages/core/src/**/*.ts'],
    ignores: ['packages/core/src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: nodeBuiltins.map((name) => ({ name, message: '@ungcu/core must run in browsers: no Node built-ins.' })) },
      ],
    },
  },
  {
    // Tests may read real files through the adapters and run the conformance kits: a rule pack's test can
    // import the CSV importer to load the real 2021 list, while the pack's own code still imports only core.
    files: ['**/*.test.ts', '**/test/**/*.ts', '**/bench/**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          depConstraints: depConstraints.map((c) =>
            c.sourceTag === 'type:core' || c.sourceTag === 'type:example'
              ? c
              : c.sourceTag === 'type:planning' || c.sourceTag === 'type:workflow'
                ? // The planner's and the workflow's tests re-check real lists with the real rule packs, read through the adapters.
                  { ...c, onlyDependOnLibsWithTags: [...new Set([...c.onlyDependOnLibsWithTags, 'type:rules', 'type:adapter', 'type:testkit'])] }
                : c.sourceTag === 'type:adapter' || c.sourceTag === 'type:documents'
                  ? // Adapter tests export the real packs' data (export-ics writes the real calendars; the
                    // documents model builds the real 2021 report).
                    { ...c, onlyDependOnLibsWithTags: [...new Set([...c.onlyDependOnLibsWithTags, 'type:rules', 'type:adapter', 'type:testkit'])] }
                  : { ...c, onlyDependOnLibsWithTags: [...new Set([...c.onlyDependOnLibsWithTags, 'type:adapter', 'type:testkit'])] },
          ),
        },
      ],
    },
  },
  {
    // Build and test configuration, and benchmarks, read the shared presets, the benchmark harness and the
    // dataset generator in tools/ by path: repository tooling, not package code, and never published.
    files: ['**/tsup.config.ts', '**/vitest.config.ts', '**/bench/**/*.ts'],
    rules: { '@nx/enforce-module-boundaries': 'off' },
  },
  {
    files: ['**/*.mjs', '**/*.js', 'tools/**/*.ts', '**/scripts/**', '**/*.config.ts'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
