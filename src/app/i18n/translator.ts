// Messages in one language: each ICU message formatted with intl-messageformat (plurals, numbers, select),
// formatters made once per message and kept while the language is in use.
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';
import type { Language } from '../../core/languages';
import type en from './messages/en.json';

export type MessageKey = keyof typeof en;
export type MessageValues = Record<string, string | number>;
/** A message file as the build delivers it (parsed by messages-plugin.ts), or as written (in tests). */
export type Messages = Record<string, string | MessageFormatElement[]>;

export type Translate = (key: MessageKey, values?: MessageValues) => string;

export function createTranslator(language: Language, messages: Messages): Translate {
  const formats = new Map<string, IntlMessageFormat>();
  return (key, values) => {
    let format = formats.get(key);
    if (!format) {
      const message = messages[key];
      // The message files are checked for missing keys by a test; a gap shows the key, not a crash.
      if (message === undefined) return key;
      format = new IntlMessageFormat(message, language);
      formats.set(key, format);
    }
    return String(format.format(values));
  };
}
