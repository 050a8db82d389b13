import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

export default defineConfig(
  // Build outputs (npm run bench builds into dist-bench/) and reports: what .gitignore leaves out.
  {
    ignores: [
      'dist/',
      'dist-cache/',
      'dist-bench/',
      'dist-bench-cache/',
      'dist-reference/',
      'dist-reference-cache/',
      '**/.astro/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'blob-report/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['public/sw.js'],
    languageOptions: { globals: globals.serviceworker },
  },
);
