// The component tests render with what the built app ships: Preact, through its React compatibility layer.
import * as compat from 'preact/compat';
import * as compatClient from 'preact/compat/client';
import * as React from 'react';
import * as ReactDOM from 'react-dom';
import * as ReactDOMClient from 'react-dom/client';
import { describe, expect, it } from 'vitest';

describe('the renderer', () => {
  it('is Preact wherever the code imports React', () => {
    expect(React.createElement).toBe(compat.createElement);
    expect(React.useSyncExternalStore).toBe(compat.useSyncExternalStore);
    expect(ReactDOM.createPortal).toBe(compat.createPortal);
    expect(ReactDOMClient.createRoot).toBe(compatClient.createRoot);
  });
});
