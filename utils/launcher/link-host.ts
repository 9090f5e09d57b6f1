/** The address's host without "www.", shown under a personal link's label and searched ("wiki" finds wiki.corp). */
export function linkHost(url: string): string {
  return URL.canParse(url) ? new URL(url).hostname.replace(/^www\./, '') : '';
}
