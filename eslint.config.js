// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/** Imports that must never reach the pure core (DESIGN.md, rule 1). */
const coreBannedImports = {
  paths: [
    { name: 'phaser', message: 'src/core is framework-free: no Phaser.' },
    { name: 'howler', message: 'src/core is framework-free: no Howler.' },
    { name: 'i18next', message: 'src/core emits keys, not display strings: no i18next.' },
    { name: 'fs', message: 'src/core runs anywhere: no file system.' },
    { name: 'node:fs', message: 'src/core runs anywhere: no file system.' },
  ],
  patterns: [
    {
      group: [
        '**/ui/**',
        '**/game/**',
        '**/audio/**',
        '**/i18n/**',
        '**/storage/**',
        '**/lrs/**',
        '**/cli/**',
        '../../ui/*',
        '../../game/*',
      ],
      message: 'src/core must not import adapters.',
    },
  ],
};

export default tseslint.config(
  {
    ignores: [
      '.test-output',
      'dist',
      'node_modules',
      'coverage',
      'test-results',
      'playwright-report',
      'assets',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', coreBannedImports],
      'no-restricted-globals': [
        'error',
        { name: 'window', message: 'No DOM in src/core.' },
        { name: 'document', message: 'No DOM in src/core.' },
        { name: 'localStorage', message: 'No DOM in src/core.' },
        { name: 'indexedDB', message: 'No DOM in src/core.' },
        { name: 'fetch', message: 'No network in src/core.' },
        { name: 'navigator', message: 'No DOM in src/core.' },
        {
          name: 'setTimeout',
          message: 'Time is injected: use XState delays on the session clock.',
        },
        {
          name: 'setInterval',
          message: 'Time is injected: use XState delays on the session clock.',
        },
      ],
      'no-restricted-properties': [
        'error',
        {
          object: 'Math',
          property: 'random',
          message: 'Randomness is injected: use the seeded PRNG.',
        },
        { object: 'Date', property: 'now', message: 'Time is injected: use the session clock.' },
        {
          object: 'performance',
          property: 'now',
          message: 'Time is injected: use the session clock.',
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date']",
          message: 'Time is injected: no new Date() in src/core.',
        },
      ],
    },
  },
);
