/** Article page of a news item or an event (`/actualites/<id>`). */
import type { NewsItem } from '../content/news';
import { html, type SafeHtml } from '../html';
import { formatDate, type Lang, withLang } from '../lang';
import { renderPage } from './layout';

export function articlePage(item: NewsItem, lang: Lang): SafeHtml {
  const fr = lang === 'fr';
  return renderPage({
    lang,
    path: `/actualites/${encodeURIComponent(item.id)}`,
    title: item.title[lang],
    body: html`<article>
<p class="breadcrumb"><a href="${withLang('/#actualites', lang)}">${
      item.feedId === 'actualites' ? (fr ? 'Actualités' : 'News') : fr ? 'Événements' : 'Events'
    }</a></p>
<h1>${item.title[lang]}</h1>
<p><small>${fr ? 'Publié le' : 'Published on'} <time datetime="${new Date(item.published).toISOString()}">${formatDate(new Date(item.published), lang)}</time>
— ${item.author}${item.categories.length > 0 ? html` — ${item.categories.join(', ')}` : ''}</small></p>
${
  item.event
    ? html`<p><strong>${fr ? 'Quand' : 'When'} :</strong> ${formatDate(new Date(item.event.startsAt), lang)}
<br><strong>${fr ? 'Où' : 'Where'} :</strong> ${item.event.place[lang]}</p>`
    : ''
}
${item.summary[lang] ? html`<p><strong>${item.summary[lang]}</strong></p>` : ''}
${item.body.map(
  (paragraph) => html`<p>${paragraph[lang]}</p>
`,
)}</article>`,
  });
}
