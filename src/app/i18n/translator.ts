// Messages in one language: each ICU message formatted with intl-messageformat (plurals, numbers, select),
// formatters made once per message and kept while the language is in use. Loaded with the first language's
// messages, not with the app shell.
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';
import type { Language } from '../../core/languages';
import type en from './messages/en.json';

export type MessageKey = keyof typeof en;
export type MessageValues = Record<string, string | number>;
/** Values of a message with tags ("<strong>{share}</strong>"): each tag is a function of its contents. */
export type RichValues<T> = Record<string, string | number | T | ((chunks: (string | T)[]) => T)>;
/** A message file as the build delivers it (parsed by messages-plugin.ts), or as written (in tests). */
export type Messages = Record<string, string | MessageFormatElement[]>;

export interface Translate {
  (key: MessageKey, values?: MessageValues): string;
  /** A message with tags or element values, as parts (strings and the elements the values made). */
  rich: <T>(key: MessageKey, values: RichValues<T>) => (string | T)[];
}

export function createTranslator(language: Language, messages: Messages): Translate {
  const formats = new Map<string, IntlMessageFormat>();
  const formatOf = (key: string): IntlMessageFormat | null => {
    let format = formats.get(key);
    if (!format) {
      const message = messages[key];
      // The message files are checked for missing keys by a test; a gap shows the key, not a crash.
      if (message === undefined) return null;
      format = new IntlMessageFormat(message, language);
      formats.set(key, format);
    }
    return format;
  };
  const t = (key: MessageKey, values?: MessageValues) => {
    const format = formatOf(key);
    return format ? String(format.format(values)) : key;
  };
  const rich = <T>(key: MessageKey, values: RichValues<T>): (string | T)[] => {
    const format = formatOf(key);
    if (!format) return [key];
    const parts = format.format<T>(values);
    return Array.isArray(parts) ? parts : [parts];
  };
  return Object.assign(t, { rich });
}
