import type { Language } from '@/utils/i18n/translator';

/** A time in the user's locale (Intl), or the given word when there is none. */
export function formatWhen(timestamp: number | undefined, language: Language, none: string): string {
  if (timestamp === undefined) return none;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(timestamp));
}
