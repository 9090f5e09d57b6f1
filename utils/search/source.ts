/** The one search box queries several sources (tools, personal links, news, sections) through this interface. */
export type SearchResultKind = 'tool' | 'link' | 'news' | 'section';

export interface SearchResult {
  kind: SearchResultKind;
  /** Unique within its kind. */
  id: string;
  title: string;
  /** Secondary line: category, feed, or the new place of a section and the date of the move. */
  detail?: string;
  /** Higher is better; comparable within a source, normalised across sources by the merger. */
  score: number;
  /** Query terms as matched in the title, for highlighting. */
  matchedTerms: string[];
  /**
   * Whether the query matched the name in any language. matchedTerms covers only the shown title: an English
   * interface still finds "Canteen menus" by its French name "Menus de la cantine".
   */
  nameMatch?: boolean;
}

export interface SearchSource {
  kind: SearchResultKind;
  search(query: string, limit: number): SearchResult[];
  /** True while the answer to `query` is still on its way (a source the background answers): not "nothing found". */
  pending?(query: string): boolean;
}
