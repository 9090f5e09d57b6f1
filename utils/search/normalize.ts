/** Search is accent- and case-insensitive: "Véhicule", "vehicule" and "VEHICULE" are the same term. */
export function normalizeTerm(term: string): string {
  // Most terms are plain ASCII: skip the Unicode decomposition (a third of the indexing time otherwise).
  if (/^[\x20-\x7e]*$/.test(term)) return term.toLowerCase();
  return term
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

/** Words of a text with their offsets, split the way MiniSearch splits (letters and digits). */
export function wordsOf(text: string): { start: number; end: number; word: string }[] {
  const words: { start: number; end: number; word: string }[] = [];
  for (const match of text.matchAll(/[\p{L}\p{N}\p{M}]+/gu)) {
    words.push({ start: match.index, end: match.index + match[0].length, word: match[0] });
  }
  return words;
}

/** The matched terms that are words of the title shown (the ones worth highlighting there). */
export function termsInTitle(title: string, terms: readonly string[]): string[] {
  const titleWords = new Set(wordsOf(title).map(({ word }) => normalizeTerm(word)));
  return terms.filter((term) => titleWords.has(term));
}
