import { normalizeTerm, wordsOf } from './normalize';

interface HighlightSegment {
  text: string;
  match: boolean;
}

/**
 * Splits a title into plain and matched segments (rendered as text spans, never as HTML). A word is matched
 * when its normalised form is one of the matched terms, or starts with one (prefix search).
 */
export function highlightSegments(text: string, matchedTerms: readonly string[]): HighlightSegment[] {
  const terms = matchedTerms.map(normalizeTerm).filter(Boolean);
  if (terms.length === 0) return [{ text, match: false }];
  const segments: HighlightSegment[] = [];
  let cursor = 0;
  for (const { start, end, word } of wordsOf(text)) {
    const normalized = normalizeTerm(word);
    if (!terms.some((term) => normalized === term || normalized.startsWith(term))) continue;
    if (start > cursor) segments.push({ text: text.slice(cursor, start), match: false });
    segments.push({ text: text.slice(start, end), match: true });
    cursor = end;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), match: false });
  return segments;
}
