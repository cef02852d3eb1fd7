import { describe, expect, it } from 'vitest';
import { csvCell, sitesToCsv, toCsv } from '../../../src/core/export/csv';
import { siteTableFromDataset } from '../../../src/core/site-table';
import { exportDataset } from './export-fixture';

describe('toCsv', () => {
  it('follows RFC 4180: CRLF line ends, quotes doubled, special fields quoted', () => {
    const text = toCsv(
      ['a', 'b'],
      [
        ['x, y', 'say "hi"'],
        ['line\nbreak', null],
        [3, -4.5],
      ],
      { bom: false },
    );
    expect(text).toBe('a,b\r\n"x, y","say ""hi"""\r\n"line\nbreak",\r\n3,-4.5\r\n');
  });

  it('starts with a UTF-8 byte-order mark by default', () => {
    const text = toCsv(['Stadt'], [['Köln']]);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(new TextEncoder().encode(text).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it('neutralises text that would start a formula, but not numbers', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+49 69 1234')).toBe("'+49 69 1234");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\t=1')).toBe("'\t=1");
    expect(csvCell('\r=1')).toBe('"\'\r=1"');
    expect(csvCell('=HYPERLINK("a")')).toBe('"\'=HYPERLINK(""a"")"');
    expect(csvCell(-3.7)).toBe('-3.7');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell('a=b')).toBe('a=b');
  });
});

describe('sitesToCsv', () => {
  const table = siteTableFromDataset(exportDataset);

  it('writes the chosen rows with every column, in the order given', () => {
    const lines = sitesToCsv(table, Uint32Array.from([1, 0]))
      .slice(1)
      .split('\r\n');
    expect(lines[0]).toBe(
      'Trial ID,NCT ID,Facility,Site number,City,State,Country code,Country,Status,Status source,Latitude,Longitude,Geocode method,Site ID',
    );
    expect(lines[1]).toBe(
      'MT103-203,NCT01234567,"Hospital ""La Paz"", Unidad 1",,Madrid,,ES,Spain,Recruiting,site,40.4165,-3.70256,gazetteer,s-madrid',
    );
    expect(lines[2]).toBe(
      'MT103-203,NCT01234567,Site 1106 (name not published),1106,Frankfurt am Main,,DE,Germany,Completed,trial,50.11552,8.68417,gazetteer,s-1106',
    );
    expect(lines[3]).toBe('');
    expect(lines).toHaveLength(4);
  });

  it('neutralises formulas from the data and keeps unresolved sites with empty coordinates', () => {
    const text = sitesToCsv(table, Uint32Array.from([2, 3]));
    expect(text).toContain(`"'=HYPERLINK(""http://x"",""y"")",,"'-Köln\nNord",'@state,DE,Germany`);
    expect(text).toContain(
      'MT103-203,NCT01234567,Clinic,,Nowhere,,FR,France,Completed,trial,,,unresolved,s-lost\r\n',
    );
  });

  it('writes only the header for no rows', () => {
    expect(sitesToCsv(table, new Uint32Array(0)).split('\r\n')).toHaveLength(2);
  });
});
