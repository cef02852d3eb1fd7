import js from '@eslint/js';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public', 'bench/out', 'bench/results*', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    // Resolves the extension-less TypeScript imports, so the rules below see every import.
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })],
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
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
            {
              target: './src/app',
              from: './src/core/compact/encode.ts',
              message: 'the app decodes sites.bin; only the pipeline encodes it',
            },
            { target: './src/pipeline', from: './src/app', message: 'the pipeline never imports the app' },
            { target: './src/app/data', from: ['./src/app/state', './src/app/map', './src/app/ui'] },
            { target: './src/app/state', from: ['./src/app/map', './src/app/ui'] },
            // The map draws with the ui's symbols and texts; the ui never reaches into the map, except the
            // shell, which places it.
            { target: './src/app/ui', from: './src/app/map', except: ['./site-map.tsx'] },
          ],
        },
      ],
      'import-x/no-cycle': 'error',
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
