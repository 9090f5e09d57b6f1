import type { LocalizedText } from '../config/schema';
import type { Language } from './translator';

/** Picks the user's language from a configured label, falling back to French, English, then any language. */
export function localize(text: LocalizedText | undefined, language: Language): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return text[language] ?? text.fr ?? text.en ?? Object.values(text)[0] ?? '';
}

/** Every language's variant, for search over both languages. */
export function allVariants(text: LocalizedText | undefined): string[] {
  if (text === undefined) return [];
  return typeof text === 'string' ? [text] : Object.values(text);
}
