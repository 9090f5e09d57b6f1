import { formatDateTime } from '@/utils/i18n/format';
import type { Language } from '@/utils/i18n/translator';

/** A time in the user's locale (the pages' one Intl format), or the given word when there is none. */
export function formatWhen(timestamp: number | undefined, language: Language, none: string): string {
  return timestamp === undefined ? none : formatDateTime(timestamp, language);
}
