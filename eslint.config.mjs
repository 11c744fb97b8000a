// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
// The maintained fork of eslint-plugin-jsx-a11y that supports ESLint 10 (the original stops at 9).
import jsxA11y from 'eslint-plugin-jsx-a11y-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'dist-*/',
      '.astro/',
      '.cache/',
      'node_modules/',
      // The loopback LRS's own dependencies (tests/lrs has its own package.json and lockfile).
      'tests/lrs/node_modules/',
      'public/',
      'test-results/',
      'playwright-report/',
      // Planted mistakes for the architecture check; they are meant to break its rules.
      'tests/fixtures/architecture/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  // Accessibility rules for the React islands and for the markup in .astro files.
  ...astro.configs['jsx-a11y-recommended'],
  { files: ['**/*.tsx'], ...jsxA11y.configs.recommended },
  {
    files: ['**/*.tsx'],
    rules: {
      // A labelled region that scrolls must take focus so keyboard users can scroll it (WCAG 2.1.1).
      'jsx-a11y-x/no-noninteractive-tabindex': [
        'error',
        { roles: ['region', 'tabpanel'], tags: [] },
      ],
    },
  },
  {
    files: ['**/*.astro'],
    rules: {
      // As above, for the same regions written in .astro pages.
      'astro/jsx-a11y/no-noninteractive-tabindex': [
        'error',
        { roles: ['region', 'tabpanel'], tags: [] },
      ],
    },
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    extends: [...tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['**/*.mjs', 'tests/**/*.ts', 'src/*/tool/**/*.ts', 'src/*/build/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
);
