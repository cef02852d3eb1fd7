import { describe, expect, it } from 'vitest';
import { conditionIndex, conditionKey, optionsOf } from '../../../src/core/conditions';

describe('condition options', () => {
  it('folds case, accents and punctuation into one option, labelled as most trials write it', () => {
    const index = conditionIndex([
      { conditions: ['Breast Cancer', 'Lymphome'], keywords: [] },
      { conditions: ['breast cancer'], keywords: ['LYMPHOME'] },
      { conditions: ['breast cancer'], keywords: ['unrelated keyword'] },
      { conditions: [], keywords: ['Lymphomé'] },
    ]);
    expect(index.keys).toEqual(['breast cancer', 'lymphome']);
    expect(index.labels).toEqual(['breast cancer', 'Lymphome']);
    // Keywords match the options the conditions make; they make none of their own.
    expect([0, 1, 2, 3].map((t) => Array.from(optionsOf(index, t)))).toEqual([[0, 1], [0, 1], [0], [1]]);
  });

  it('links a condition by its folded form', () => {
    expect(conditionKey('Non-Hodgkin’s Lymphoma')).toBe('non hodgkin s lymphoma');
    expect(conditionKey('  B-cell ACUTE Lymphoblastic Leukémia ')).toBe(
      'b cell acute lymphoblastic leukemia',
    );
  });
});
