/** Translation without browser globals, so components can be rendered in tests in either language. */
import type en from '../../public/_locales/en/messages.json';

export type MessageKey = keyof typeof en;
export type Translate = (key: MessageKey, substitutions?: string | string[]) => string;
export type Language = 'fr' | 'en';

/** Reads the browser's UI language ("fr-FR" → "fr"); anything that is not French gets English. */
export function pickLanguage(uiLanguage: string | undefined): Language {
  return uiLanguage?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

type Catalog = Record<string, { message: string }>;

/** A translator over a _locales catalog, with Chrome's $1…$9 substitutions. Used by tests and by the e2e pages. */
export function catalogTranslator(catalog: Catalog): Translate {
  return (key, substitutions) => {
    const list = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    const template = catalog[key]?.message ?? key;
    return template.replace(/\$(\d)/g, (_, index: string) => list[Number(index) - 1] ?? '');
  };
}
