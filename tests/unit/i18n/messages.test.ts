// The message files agree: the same keys in every language, every key used by the app, the same placeholders
// in every translation, and every plural with the forms its language needs for counts (Polish: one, few, many).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TYPE, parse, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../src/core/languages';
import { compileMessages } from '../../../src/app/i18n/messages-plugin';

const MESSAGES_DIR = join(import.meta.dirname, '../../../src/app/i18n/messages');
const APP_DIR = join(import.meta.dirname, '../../../src/app');

function readMessages(language: string): Record<string, string> {
  return JSON.parse(readFileSync(join(MESSAGES_DIR, `${language}.json`), 'utf8')) as Record<string, string>;
}

/** Each placeholder's name and each tag, with the plural/select branches' own placeholders, recursively. */
function placeholders(elements: MessageFormatElement[], found = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    if (element.type === TYPE.tag) {
      found.add(`<${element.value}>`);
      placeholders(element.children, found);
      continue;
    }
    // By name only: a translation may count with a plural where English shows a plain number.
    found.add(element.value);
    if (element.type === TYPE.plural || element.type === TYPE.select)
      for (const option of Object.values(element.options)) placeholders(option.value, found);
  }
  return found;
}

/** The plural category sets of every plural in a message. */
function pluralForms(elements: MessageFormatElement[], found: string[][] = []): string[][] {
  for (const element of elements) {
    if (element.type === TYPE.plural) {
      found.push(Object.keys(element.options).filter((key) => !key.startsWith('=')));
      for (const option of Object.values(element.options)) pluralForms(option.value, found);
    } else if (element.type === TYPE.select) {
      for (const option of Object.values(element.options)) pluralForms(option.value, found);
    } else if (element.type === TYPE.tag) pluralForms(element.children, found);
  }
  return found;
}

function appSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'messages' ? [] : appSources(path);
    return /\.tsx?$/.test(entry.name) ? [readFileSync(path, 'utf8')] : [];
  });
}

const english = readMessages('en');

describe('message files', () => {
  it('has one file per language, and no other', () => {
    expect(readdirSync(MESSAGES_DIR).sort()).toEqual(LANGUAGES.map((language) => `${language}.json`).sort());
  });

  it.each(LANGUAGES)('%s has exactly the English keys', (language) => {
    expect(Object.keys(readMessages(language)).sort()).toEqual(Object.keys(english).sort());
  });

  it('uses every key somewhere in the app', () => {
    const code = appSources(APP_DIR).join('\n');
    const unused = Object.keys(english).filter((key) => !code.includes(`'${key}'`));
    expect(unused).toEqual([]);
  });

  it.each(LANGUAGES)('%s parses, with the English placeholders in every message', (language) => {
    const messages = readMessages(language);
    const compiled = compileMessages(JSON.stringify(messages), `${language}.json`);
    for (const [key, message] of Object.entries(english)) {
      const expected = [...placeholders(parse(message))].sort();
      expect([...placeholders(compiled[key] ?? [])].sort(), `${language}: ${key}`).toEqual(expected);
    }
  });

  it.each(LANGUAGES)('%s gives every plural the forms the language needs', (language) => {
    // The forms counts up to a thousand take (French "many" only starts at a million), and "other".
    const rules = new Intl.PluralRules(language);
    const needed = new Set(['other', ...Array.from({ length: 1001 }, (_, n) => rules.select(n))]);
    for (const [key, message] of Object.entries(readMessages(language))) {
      for (const forms of pluralForms(parse(message)))
        expect(forms, `${language}: ${key}`).toEqual(expect.arrayContaining([...needed]));
    }
  });

  it('names the file and the key of a message that does not parse', () => {
    expect(() => compileMessages('{"ok": "fine", "broken": "{count, plural, one {x}"}', 'de.json')).toThrow(
      /de\.json: message "broken"/,
    );
  });
});
