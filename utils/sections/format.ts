import { formatDay } from '../i18n/format';
import type { Language } from '../i18n/translator';

/** "2026-09-15" → "15 sept. 2026" / "Sep 15, 2026"; the text as is when it is not a date. */
export function formatMoveDate(isoDate: string, language: Language): string {
  return formatDay(isoDate, language);
}
