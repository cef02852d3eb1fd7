import js from '@eslint/js';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public', 'bench/out', 'bench/results*', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // The architecture, enforced: core is pure; the app never imports the pipeline.
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './src/core', from: ['./src/app', './src/pipeline'], message: 'core stays pure' },
            { target: './src/app', from: './src/pipeline', message: 'the app never imports the pipeline' },
            { target: './src/pipeline', from: './src/app', message: 'the pipeline never imports the app' },
            { target: './src/app/data', from: ['./src/app/state', './src/app/map', './src/app/ui'] },
            { target: './src/app/state', from: ['./src/app/map', './src/app/ui'] },
          ],
        },
      ],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'location'],
      'no-restricted-imports': [
        'error',
        { patterns: ['react', 'react-*', 'leaflet', 'node:*', 'fs', 'path'] },
      ],
    },
  },
);
