/**
 * The sections as a source of the popup's one search box, answered by the background (which keeps the index
 * loaded): the popup never loads the index. The box searches its sources synchronously at each key, so this
 * source answers from the latest answer it got and asks for the one it lacks; the answer then re-renders the box.
 */
import type { Language, Translate } from '../i18n/translator';
import type { SearchResult, SearchSource } from '../search/source';
import { type SectionMatch, toSectionResult } from './section-result';

export interface SectionsAnswer {
  query: string;
  limit: number;
  matches: SectionMatch[];
}

const related = (a: string, b: string) => a.startsWith(b) || b.startsWith(a);

/**
 * What to show for a query: its own answer; while that is on its way, the answer to the query it extends or
 * shortens (typing on, deleting), so the list does not blink at each key; otherwise nothing.
 */
export function matchesFor(answer: SectionsAnswer | null, query: string, limit: number): SectionMatch[] {
  if (!answer) return [];
  const typed = query.trim();
  const answered = answer.query.trim();
  if (typed === answered && answer.limit >= limit) return answer.matches.slice(0, limit);
  return related(typed, answered) ? answer.matches.slice(0, limit) : [];
}

interface RemoteSourceOptions {
  answer: SectionsAnswer | null;
  /** Asks the background for a query's answer (once per query: repeated asks are ignored by the caller). */
  ask: (query: string, limit: number) => void;
  language: Language;
  t: Translate;
}

export function createRemoteSectionsSource({ answer, ask, language, t }: RemoteSourceOptions): SearchSource {
  const answers = (query: string) => answer !== null && answer.query.trim() === query.trim();
  return {
    kind: 'section',
    search(query: string, limit: number): SearchResult[] {
      if (!(answers(query) && (answer?.limit ?? 0) >= limit)) ask(query, limit);
      return matchesFor(answer, query, limit).map((match) => toSectionResult(match, language, t));
    },
    pending: (query) => !answers(query),
  };
}
