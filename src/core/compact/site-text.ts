// The text a site's details show and nothing else needs (zip code, contacts): stored apart from the columns the
// map and filters read, decoded on the first details asked for, and contacts kept only for sites that have some.
import type { Contact } from '../schema';
import {
  CompactFormatError,
  CompactReader,
  indexType,
  newColumn,
  type SectionWriter,
  type UintArray,
} from './format';
import type { SiteTextSections } from './header';

/** Shared by every site without contacts (never changed). */
const NO_CONTACTS: Contact[] = [];

function codeColumn(writer: SectionWriter, codes: readonly number[], count: number) {
  const type = indexType(count);
  const out = newColumn(type, codes.length);
  out.set(codes);
  return writer.column(type, out);
}

/** Codes into a list of distinct values (by their JSON text), the first value being `first`. */
function dictionary<T>(values: readonly T[], first: T): { list: T[]; codes: number[] } {
  const index = new Map<string, number>([[JSON.stringify(first), 0]]);
  const list = [first];
  const codes = values.map((value) => {
    const key = JSON.stringify(value);
    let code = index.get(key);
    if (code === undefined) {
      index.set(key, (code = list.length));
      list.push(value);
    }
    return code;
  });
  return { list, codes };
}

export function writeSiteText(
  writer: SectionWriter,
  zip: readonly (string | null)[],
  contacts: readonly Contact[][],
): SiteTextSections {
  const zips = dictionary<string | null>(zip, null);
  const rows: number[] = [];
  contacts.forEach((list, row) => list.length > 0 && rows.push(row));
  const lists = dictionary<Contact[]>(
    rows.map((row) => contacts[row]!),
    [],
  );
  return {
    zips: writer.json(zips.list),
    zip: codeColumn(writer, zips.codes, zips.list.length),
    contactCount: rows.length,
    contactRows: codeColumn(writer, rows, contacts.length),
    contactLists: codeColumn(writer, lists.codes, lists.list.length),
    contacts: writer.json(lists.list),
  };
}

function codesBelow(values: UintArray | Float64Array, count: number, what: string): ArrayLike<number> {
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    if (!Number.isInteger(value) || value >= count)
      throw new CompactFormatError(`column "${what}" row ${i} is out of range`);
  }
  return values;
}

const isContact = (value: unknown): value is Contact =>
  typeof value === 'object' &&
  value !== null &&
  (['name', 'role', 'phone', 'phoneExt', 'email'] as const).every((key) => {
    const field = (value as Record<string, unknown>)[key];
    return field === null || typeof field === 'string';
  });

/** Makers of the zip and contacts columns. */
export function readSiteText(
  reader: CompactReader,
  sections: SiteTextSections,
  size: number,
): { zip: () => (string | null)[]; contacts: () => Contact[][] } {
  return {
    zip: () => {
      const zips = reader.json(sections.zips, 'zips');
      if (!Array.isArray(zips) || !zips.every((zip) => zip === null || typeof zip === 'string'))
        throw new CompactFormatError('section "zips" must be a list of strings');
      const codes = codesBelow(reader.column(sections.zip, size, 'zip'), zips.length, 'zip');
      return Array.from(codes, (code) => zips[code] as string | null);
    },
    contacts: () => {
      const lists = reader.json(sections.contacts, 'contacts');
      if (!Array.isArray(lists) || !lists.every((list) => Array.isArray(list) && list.every(isContact)))
        throw new CompactFormatError('section "contacts" must be lists of contacts');
      const rows = codesBelow(
        reader.column(sections.contactRows, sections.contactCount, 'contactRows'),
        size,
        'contactRows',
      );
      const codes = codesBelow(
        reader.column(sections.contactLists, rows.length, 'contactLists'),
        lists.length,
        'contactLists',
      );
      const contacts = new Array<Contact[]>(size).fill(NO_CONTACTS);
      for (let i = 0; i < rows.length; i++) contacts[rows[i]!] = lists[codes[i]!] as Contact[];
      return contacts;
    },
  };
}
