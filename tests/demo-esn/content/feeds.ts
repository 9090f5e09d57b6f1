/**
 * RSS 2.0 (company news) and Atom 1.0 (events) documents built from the news store. Links are absolute, or
 * relative as some CMSs write them (`links: 'relative'`): RSS item links relative to the channel link, Atom
 * links relative to an entry-level xml:base, itself relative to the feed-level xml:base.
 */
import type { Lang } from '../lang';
import type { NewsItem } from './news';

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => XML_ESCAPES[char] ?? char);
}

/** CDATA section; a `]]>` inside the text is split across two sections. */
export function cdata(text: string): string {
  return `<![CDATA[${text.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;
}

export function articleUrl(origin: string, id: string, lang: Lang): string {
  return `${origin}/actualites/${encodeURIComponent(id)}${lang === 'en' ? '?lang=en' : ''}`;
}

export type LinkStyle = 'absolute' | 'relative';

/**
 * The company news as a WordPress intranet publishes one author's posts: asked without its trailing slash, WordPress
 * answers 301 to the canonical address, whose path holds "author" (Passerelle took that for a sign-in page).
 */
export const WORDPRESS_AUTHOR_FEED = '/author/communication/feed';

interface FeedInput {
  origin: string;
  items: readonly NewsItem[];
  lastModified: number;
  lang: Lang;
  links?: LinkStyle;
}

/** The article's address relative to `${origin}/actualites/`. */
function relativeArticle(id: string, lang: Lang): string {
  return `${encodeURIComponent(id)}${lang === 'en' ? '?lang=en' : ''}`;
}

export function renderRss({ origin, items, lastModified, lang, links }: FeedInput): string {
  const self = `${origin}/feeds/actualites.rss${lang === 'en' ? '?lang=en' : ''}`;
  const title = lang === 'fr' ? 'La Ruche — Actualités du Groupe Aubépine' : 'The Hive — Groupe Aubépine news';
  const description =
    lang === 'fr'
      ? 'Les actualités du Groupe Aubépine publiées sur La Ruche, le réseau social d’entreprise.'
      : 'Groupe Aubépine news published on The Hive, the enterprise social network.';
  const entries = items.map((item) => {
    const itemTitle = item.cdataTitle ? cdata(item.title[lang]) : escapeXml(item.title[lang]);
    const categories = item.categories
      .map((category) => `      <category>${escapeXml(category)}</category>\n`)
      .join('');
    return `    <item>
      <title>${itemTitle}</title>
      <link>${escapeXml(links === 'relative' ? `actualites/${relativeArticle(item.id, lang)}` : articleUrl(origin, item.id, lang))}</link>
      <guid isPermaLink="false">tag:aubepine.example,2026:la-ruche/actualites/${escapeXml(item.id)}</guid>
${item.undated ? '' : `      <pubDate>${new Date(item.published).toUTCString()}</pubDate>\n`}${categories}      <description>${escapeXml(item.summary[lang])}</description>
      <author>communication@aubepine.example (${escapeXml(item.author)})</author>
    </item>
`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${escapeXml(title)}</title>
    <link>${escapeXml(`${origin}/`)}</link>
    <description>${escapeXml(description)}</description>
    <language>${lang === 'fr' ? 'fr-FR' : 'en-GB'}</language>
    <lastBuildDate>${new Date(lastModified).toUTCString()}</lastBuildDate>
    <ttl>15</ttl>
    <atom:link href="${escapeXml(self)}" rel="self" type="application/rss+xml"/>
${entries.join('')}  </channel>
</rss>
`;
}

export function renderAtom({ origin, items, lastModified, lang, links }: FeedInput): string {
  const self = `${origin}/feeds/evenements.atom${lang === 'en' ? '?lang=en' : ''}`;
  const title = lang === 'fr' ? 'La Ruche — Événements' : 'The Hive — Events';
  const subtitle =
    lang === 'fr'
      ? 'Les prochains événements du Groupe Aubépine : ateliers, conférences, vie des sites.'
      : 'Upcoming Groupe Aubépine events: workshops, talks, life on site.';
  const entries = items.map((item) => {
    const when = item.event
      ? `${lang === 'fr' ? 'Le' : 'On'} ${new Date(item.event.startsAt).toISOString().slice(0, 10)} — ${item.event.place[lang]}. `
      : '';
    const categories = item.categories.map((category) => `    <category term="${escapeXml(category)}"/>\n`).join('');
    const base = links === 'relative' ? ' xml:base="actualites/"' : '';
    const dates = item.undated
      ? ''
      : `    <published>${new Date(item.published).toISOString()}</published>
    <updated>${new Date(item.published).toISOString()}</updated>
`;
    return `  <entry${base}>
    <title type="text">${escapeXml(item.title[lang])}</title>
    <id>tag:aubepine.example,2026:la-ruche/evenements/${escapeXml(item.id)}</id>
    <link rel="alternate" type="text/html" href="${escapeXml(links === 'relative' ? relativeArticle(item.id, lang) : articleUrl(origin, item.id, lang))}"/>
${dates}${categories}    <summary type="text">${escapeXml(when + item.summary[lang])}</summary>
    <author><name>${escapeXml(item.author)}</name></author>
  </entry>
`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang}"${links === 'relative' ? ` xml:base="${escapeXml(`${origin}/`)}"` : ''}>
  <title>${escapeXml(title)}</title>
  <subtitle>${escapeXml(subtitle)}</subtitle>
  <id>tag:aubepine.example,2026:la-ruche/evenements</id>
  <updated>${new Date(lastModified).toISOString()}</updated>
  <link rel="self" type="application/atom+xml" href="${escapeXml(self)}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(`${origin}/`)}"/>
  <author><name>La Ruche</name></author>
${entries.join('')}</feed>
`;
}
