import type { Language } from '../i18n/translator';

/** "2026-09-15" → "15 sept. 2026" / "Sep 15, 2026"; the text as is when it is not a date. */
export function formatMoveDate(isoDate: string, language: Language): string {
  const date = new Date(`${isoDate}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}
