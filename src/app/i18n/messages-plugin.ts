// Build step for the message files: each ICU message is parsed once, at build time, so the app ships
// intl-messageformat without its parser (vite.config.ts aliases the parser away). A message that does not
// parse stops the build with its file and key.
import { parse, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import type { Plugin } from 'vite';

const MESSAGE_FILE = /[\\/]src[\\/]app[\\/]i18n[\\/]messages[\\/][a-z]{2}\.json$/;

/** Every message of a file, parsed; throws naming the file and the key of the first one that does not. */
export function compileMessages(source: string, file: string): Record<string, MessageFormatElement[]> {
  const messages = JSON.parse(source) as Record<string, unknown>;
  const compiled: Record<string, MessageFormatElement[]> = {};
  for (const [key, message] of Object.entries(messages)) {
    if (typeof message !== 'string') throw new Error(`${file}: message "${key}" is not a string`);
    try {
      compiled[key] = parse(message, { requiresOtherClause: true });
    } catch (error) {
      throw new Error(`${file}: message "${key}" is not a valid ICU message (${String(error)})`, {
        cause: error,
      });
    }
  }
  return compiled;
}

export function messagesPlugin(): Plugin {
  return {
    name: 'trial-atlas:messages',
    enforce: 'pre',
    transform(source, id) {
      if (!MESSAGE_FILE.test(id)) return null;
      // Still JSON: Vite's own JSON handling turns it into a module.
      return { code: JSON.stringify(compileMessages(source, id)), map: null };
    },
  };
}
