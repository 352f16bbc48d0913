// One flat config for the whole repository. The import rules keep the layers honest:
// shared/ is the pure core and may import none of the shells, no DOM and no Node built-ins.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = [
  'fs',
  'path',
  'os',
  'child_process',
  'crypto',
  'http',
  'https',
  'net',
  'url',
  'util',
  'stream',
  'worker_threads',
  'process',
  'buffer',
  'events',
];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'release/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'always'],
      'no-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '**/renderer/**',
                '**/electron/**',
                '**/cli/**',
                'electron',
                'react',
                'react-dom',
                'dexie',
                '@xyflow/*',
              ],
              message:
                'shared/ is the pure core: it may not import the shells, UI or storage libraries.',
            },
            {
              group: [...NODE_BUILTINS, ...NODE_BUILTINS.map((name) => `node:${name}`), 'node:*'],
              message: 'shared/ runs in the browser and in workers: no Node built-ins.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'window', message: 'shared/ knows no DOM.' },
        { name: 'document', message: 'shared/ knows no DOM.' },
        { name: 'process', message: 'shared/ knows no Node.' },
        { name: 'require', message: 'shared/ knows no Node.' },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: globals.browser },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', '**/electron/**', '**/cli/**'],
              message: 'The renderer reaches the host only through the host interface.',
            },
            {
              group: ['node:*', ...NODE_BUILTINS],
              message: 'The renderer runs in a sandboxed page: no Node built-ins.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/vite.config.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: [
      'electron/**/*.ts',
      'cli/**/*.{ts,cjs,mjs}',
      'build/**/*.{mjs,cjs,js}',
      'test/**/*.{ts,tsx,mjs}',
      '*.{mjs,ts,cjs}',
    ],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
