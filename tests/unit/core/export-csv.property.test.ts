import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCell } from '../../../src/core/export/csv';

/** What a spreadsheet skips before reading a cell's first character. */
const INVISIBLE = [
  ' ',
  '\u00a0',
  '\u200b',
  '\u200c',
  '\u200d',
  '\u2060',
  '\ufeff',
  '\n',
  '\r',
  '\t',
  '\u3000',
];
/** What makes a spreadsheet read a cell as a formula, in ASCII, full-width and small forms. */
const TRIGGERS = [
  '=',
  '+',
  '-',
  '@',
  '\uff1d',
  '\uff0b',
  '\uff0d',
  '\uff20',
  '\ufe66',
  '\ufe62',
  '\ufe63',
  '\ufe6b',
];

/** The cell's text as a spreadsheet reads it (quotes undone). */
function unquoted(cell: string): string {
  return cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell;
}

describe('csvCell, for any text', () => {
  it('neutralises a formula that starts after spaces, invisible characters or line ends', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...INVISIBLE), { maxLength: 6 }),
        fc.constantFrom(...TRIGGERS),
        fc.string({ maxLength: 20 }),
        (lead, trigger, rest) => {
          const text = `${lead.join('')}${trigger}${rest}`;
          expect(unquoted(csvCell(text))).toBe(`'${text}`);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('leaves text alone that starts with a letter or digit, whatever follows', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[\p{L}\p{N}]/u), fc.string({ maxLength: 20 }), (first, rest) => {
        const text = `${first}${rest}`;
        expect(unquoted(csvCell(text))).toBe(text);
      }),
      { numRuns: 500 },
    );
  });
});
