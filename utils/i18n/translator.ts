/**
 * The pages' translation types and the choice of UI language, free of browser globals (browser-translator.ts uses
 * them; tests translate with tests/unit/i18n/catalog-translator.ts).
 */
import type en from '../../public/_locales/en/messages.json';

export type MessageKey = keyof typeof en;
export type Translate = (key: MessageKey, substitutions?: string | string[]) => string;
export type Language = 'fr' | 'en';

/** Reads the browser's UI language ("fr-FR" → "fr"); anything that is not French gets English. */
export function pickLanguage(uiLanguage: string | undefined): Language {
  return uiLanguage?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}
