/**
 * How the sections index and the queries are cut into terms: accents and case folded, French and English
 * plurals reduced ("menus" → "menu", "bureaux" → "bureau"), and words that say nothing dropped — articles, and
 * the bits of old addresses every entry shares ("intranet", "aspx", "www"). Dropping them keeps results relevant
 * and the index small and fast.
 */
import { normalizeTerm } from '../search/normalize';
import { decodeAddressText } from './address-decoding';

const STOP_WORDS: ReadonlySet<string> = new Set([
  // French
  'de',
  'la',
  'le',
  'les',
  'des',
  'du',
  'un',
  'une',
  'et',
  'en',
  'au',
  'aux',
  'sur',
  'pour',
  'par',
  'dans',
  'qu',
  // English
  'the',
  'of',
  'and',
  'a',
  'an',
  'to',
  'in',
  'on',
  'for',
  'at',
  // Old addresses
  'intranet',
  'aspx',
  'asp',
  'html',
  'htm',
  'php',
  'jsp',
  'www',
  'http',
  'https',
  'index',
  'default',
  'fr',
  'en',
]);

/**
 * Words are runs of letters or runs of digits: anything else splits ("/", ".", "-", "_", apostrophes), and so does
 * the change from letters to digits. Old addresses glue numbers to words ("menus2019.aspx", "rapports3.aspx"):
 * split, they are found by "menus" and by "2019", and they do not add a term per number to every prefix search.
 */
const WORD = /[\p{L}\p{M}]+|\p{N}+/gu;

export function tokenize(text: string): string[] {
  return text.match(WORD) ?? [];
}

/**
 * Terms are completed from three letters ("proced qualite" as you type): two-letter prefixes expand to a large
 * part of the vocabulary. The index and the popup's first pass both follow it.
 */
export const MIN_PREFIX_LENGTH = 3;

/** Prefix matching from three letters on every term; typo tolerance only from five letters, one edit. */
export const prefixOf = (term: string): boolean => term.length >= MIN_PREFIX_LENGTH;
export const fuzzyOf = (term: string): number | false => (term.length >= 5 ? 1 : false);

/** Light plural stemming, the same at indexing and query time. */
function stem(term: string): string {
  if (term.length > 3 && term.endsWith('s') && !term.endsWith('ss')) return term.slice(0, -1);
  if (term.length > 4 && (term.endsWith('aux') || term.endsWith('eux'))) return term.slice(0, -1);
  return term;
}

/** A term as indexed and searched, or null when it is not worth indexing. */
export function processTerm(term: string): string | null {
  const folded = normalizeTerm(term);
  if (folded.length < 2 || STOP_WORDS.has(folded)) return null;
  return stem(folded);
}

/** The searchable words of an old address: its path only (every old address shares the host). */
export function pathText(url: string): string {
  if (!URL.canParse(url)) return url;
  return decodeAddressText(new URL(url).pathname);
}
