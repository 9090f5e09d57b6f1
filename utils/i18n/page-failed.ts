/**
 * What a page says when it failed twice to paint. In both languages at once, from the page's own code: the
 * translation of the page may be what failed, so this message depends on nothing else.
 */
export const PAGE_FAILED = {
  en: 'Passerelle could not show this page. Close it and open it again; if it happens again, tell your hotline.',
  fr: 'Passerelle n’a pas pu afficher cette page. Fermez-la puis rouvrez-la\u00a0; si cela se reproduit, prévenez votre assistance.',
} as const;
