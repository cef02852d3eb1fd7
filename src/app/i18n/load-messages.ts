// Each language's messages are their own chunk, fetched when the language is first used.
import type { Language } from '../../core/languages';
import type { Messages } from './translator';

type Loader = () => Promise<{ default: unknown }>;

const LOADERS: Record<Language, Loader> = {
  en: () => import('./messages/en.json'),
  de: () => import('./messages/de.json'),
  fr: () => import('./messages/fr.json'),
  it: () => import('./messages/it.json'),
  es: () => import('./messages/es.json'),
  pl: () => import('./messages/pl.json'),
};

export async function loadMessages(language: Language): Promise<Messages> {
  const loaded = await LOADERS[language]();
  return loaded.default as Messages;
}
