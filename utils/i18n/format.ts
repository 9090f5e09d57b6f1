/**
 * Dates and times in the UI language, the same on every page: one Intl format per kind, so a date reads
 * "29 nov. 2026, 18:51" (fr) or "Nov 29, 2026, 6:51 PM" (en) wherever it appears.
 */
import { oncePerKey } from './once-per-key';
import type { Language } from './translator';

/** Stored times can be damaged: a value Intl would throw on is shown as a dash, never a crash. */
const INVALID = '—';
const isTime = (timestamp: number) => Number.isFinite(timestamp) && !Number.isNaN(new Date(timestamp).getTime());

// One format per kind and language, made at first use: making an Intl format costs far more than using it (a popup
// listing 50 news items made 50 while it painted).
const dateTimeFormat = oncePerKey(
  (language: Language) => new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }),
);
const timeFormat = oncePerKey((language: Language) => new Intl.DateTimeFormat(language, { timeStyle: 'short' }));
const dayFormat = oncePerKey(
  (language: Language) => new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }),
);
const relativeFormat = oncePerKey(
  (language: Language) => new Intl.RelativeTimeFormat(language, { numeric: 'auto', style: 'long' }),
);

/** A moment: date and time ("29 nov. 2026, 18:51"). */
export function formatDateTime(timestamp: number, language: Language): string {
  if (!isTime(timestamp)) return INVALID;
  return dateTimeFormat(language).format(timestamp);
}

/** A time of day today ("18:51"). */
export function formatTime(timestamp: number, language: Language): string {
  if (!isTime(timestamp)) return INVALID;
  return timeFormat(language).format(timestamp);
}

/** A calendar day given as "2026-09-15" ("15 sept. 2026"); the text as is when it is not a date. */
export function formatDay(isoDate: string, language: Language): string {
  const date = new Date(`${isoDate}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return dayFormat(language).format(date);
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['minute', 60_000],
  ['hour', 3_600_000],
  ['day', 86_400_000],
];

/** How long ago, for recent moments ("il y a 5 minutes", "yesterday"); the date itself past a week. */
export function formatRelative(timestamp: number, now: number, language: Language): string {
  const elapsed = now - timestamp;
  if (!(elapsed >= 0) || elapsed >= 7 * 86_400_000) return formatDateTime(timestamp, language);
  const relative = relativeFormat(language);
  if (elapsed < 60_000) return relative.format(0, 'second');
  const [unit, size] = UNITS.findLast(([, length]) => elapsed >= length) ?? ['minute', 60_000];
  return relative.format(-Math.floor(elapsed / size), unit);
}
