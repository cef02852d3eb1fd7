/**
 * The app renders with Preact through its React compatibility layer: the same components, hooks and
 * libraries (react-leaflet, zustand, TanStack Virtual), at a tenth of react-dom's size in the shell.
 * Vite (the app) and Vitest (the component tests) both resolve React's modules here, so the tests render
 * with what users run.
 */
export const preactAliases = [
  { find: /^react-dom\/test-utils$/, replacement: 'preact/test-utils' },
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react\/jsx-(dev-)?runtime$/, replacement: 'preact/jsx-runtime' },
  { find: /^react(-dom)?$/, replacement: 'preact/compat' },
];
