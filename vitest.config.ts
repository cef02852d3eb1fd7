import { defineConfig } from 'vitest/config';
import { messagesPlugin } from './src/app/i18n/messages-plugin';
import { preactAliases } from './src/app/preact-aliases';

export default defineConfig({
  plugins: [messagesPlugin()],
  resolve: {
    alias: [
      // Testing Library's ES module: its CommonJS build would require React itself, past the aliases.
      {
        find: /^@testing-library\/react$/,
        replacement: '@testing-library/react/dist/@testing-library/react.esm.js',
      },
      ...preactAliases,
    ],
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['tests/component/**/*.test.{ts,tsx}'],
          // A busy machine renders the coverage report slowly: the default 5 s would fail a working test.
          testTimeout: 60_000,
          setupFiles: ['tests/component/setup.ts'],
          // Libraries that import React are bundled through the aliases, so they render with Preact too.
          server: {
            deps: {
              inline: [/@testing-library\/react/, /react-leaflet/, /zustand/, /@tanstack\/react-virtual/],
            },
          },
        },
      },
    ],
  },
});
