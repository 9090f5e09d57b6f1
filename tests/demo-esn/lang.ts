/** The two languages of the demo: French first (the company is French), English translation. */

export type Lang = 'fr' | 'en';

/** A type alias, not an interface, so that it is assignable to the schema's `Record<string, string>`. */
export type Bilingual = { fr: string; en: string };

/** `?lang=en` selects English; anything else is French. */
export function langFrom(url: URL): Lang {
  return url.searchParams.get('lang') === 'en' ? 'en' : 'fr';
}

export function pick(text: Bilingual, lang: Lang): string {
  return text[lang];
}

/** A path with `lang=en` added to its query when the page is in English (before any `#fragment`). */
export function withLang(path: string, lang: Lang): string {
  if (lang === 'fr') return path;
  const hashAt = path.indexOf('#');
  const [base, hash] = hashAt === -1 ? [path, ''] : [path.slice(0, hashAt), path.slice(hashAt)];
  return `${base}${base.includes('?') ? '&' : '?'}lang=en${hash}`;
}

const DATE_FORMATS: Record<Lang, Intl.DateTimeFormat> = {
  fr: new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Paris' }),
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Paris' }),
};

export function formatDate(date: Date, lang: Lang): string {
  return DATE_FORMATS[lang].format(date);
}
