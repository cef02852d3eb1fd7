import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { messagesPlugin } from './src/app/i18n/messages-plugin';

export default defineConfig({
  plugins: [react(), messagesPlugin()],
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.ts'], testTimeout: 60_000 },
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
        },
      },
    ],
  },
});
