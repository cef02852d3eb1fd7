import { describe, expect, it } from 'vitest';
import { LABEL_MAX, labelText, withoutBidiControls } from '../../../src/core/display-text';

describe('withoutBidiControls', () => {
  it('removes embeddings, overrides and isolates, and keeps right-to-left text and marks', () => {
    expect(withoutBidiControls('Clinic \u202egnp.exe\u202c')).toBe('Clinic gnp.exe');
    expect(withoutBidiControls('\u2067مستشفى\u2069 \u200fA')).toBe('مستشفى \u200fA');
    expect(withoutBidiControls('Universitätsklinikum')).toBe('Universitätsklinikum');
  });
});

describe('labelText', () => {
  it('keeps a short label whole', () => {
    expect(labelText('Klinikum der Goethe Universität')).toBe('Klinikum der Goethe Universität');
  });

  it('cuts a long one to the limit with an ellipsis', () => {
    const label = labelText('x'.repeat(100_000));
    expect(label).toHaveLength(LABEL_MAX);
    expect(label.endsWith('x…')).toBe(true);
    expect(labelText('abcdef', 4)).toBe('abc…');
  });

  it('never cuts a character outside the basic plane in two', () => {
    const label = labelText('😀'.repeat(100), 10);
    expect(label).toBe('😀😀😀😀…');
  });
});
