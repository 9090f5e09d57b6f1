/** Home page of La Ruche: latest news, tools, relocated sections; French with an English part. */

import type { DemoSection } from '../content/demo-section';
import type { NewsItem } from '../content/news';
import type { DemoTool } from '../content/tools';
import { html, type SafeHtml } from '../html';
import { formatDate, type Lang, withLang } from '../lang';
import { renderPage } from './layout';

export interface HomeInput {
  lang: Lang;
  news: readonly NewsItem[];
  events: readonly NewsItem[];
  tools: readonly DemoTool[];
  sections: readonly DemoSection[];
}

function newsList(items: readonly NewsItem[], lang: Lang): SafeHtml {
  return html`<ul>
${items.map(
  (item) =>
    html`<li><a href="${withLang(`/actualites/${encodeURIComponent(item.id)}`, lang)}">${item.title[lang]}</a>
<small>— ${formatDate(new Date(item.published), lang)}</small>${item.categories.includes('Important') ? html` <strong>${lang === 'fr' ? 'Important' : 'Important'}</strong>` : ''}</li>
`,
)}</ul>`;
}

function englishSummary(input: HomeInput): SafeHtml {
  return html`<section lang="en" aria-labelledby="in-english">
<h2 id="in-english">In English</h2>
<p>The Hive is Groupe Aubépine’s enterprise social network. Latest news: ${input.news[0]?.title.en ?? '—'}.
Read <a href="/?lang=en">The Hive in English</a>, the <a href="/feeds/actualites.rss?lang=en">news feed</a> or the
<a href="/feeds/evenements.atom?lang=en">events feed</a>.</p>
</section>`;
}

export function homePage(input: HomeInput): SafeHtml {
  const { lang } = input;
  const fr = lang === 'fr';
  return renderPage({
    lang,
    path: '/',
    title: fr ? 'Accueil' : 'Home',
    body: html`<h1>${fr ? 'Bienvenue sur La Ruche' : 'Welcome to The Hive'}</h1>
<p>${fr ? 'Le réseau social d’entreprise du Groupe Aubépine.' : 'The enterprise social network of Groupe Aubépine.'}</p>

<section aria-labelledby="actualites">
<h2 id="actualites">${fr ? 'Actualités' : 'News'}</h2>
${newsList(input.news, lang)}
<p><a href="${withLang('/feeds/actualites.rss', lang)}">${fr ? 'Flux RSS des actualités' : 'News RSS feed'}</a></p>
<h3>${fr ? 'Événements' : 'Events'}</h3>
${newsList(input.events, lang)}
<p><a href="${withLang('/feeds/evenements.atom', lang)}">${fr ? 'Flux Atom des événements' : 'Events Atom feed'}</a></p>
</section>

<section aria-labelledby="outils">
<h2 id="outils">${fr ? 'Outils métier' : 'Business tools'}</h2>
<ul>
${input.tools.map(
  (tool) =>
    html`<li><a href="/go/${tool.id}">${tool.label[lang]}</a> <small>(${tool.category[lang]})</small></li>
`,
)}</ul>
</section>

<section aria-labelledby="rubriques">
<h2 id="rubriques">${fr ? 'Rubriques' : 'Sections'}</h2>
<p class="notice">${
      fr
        ? 'La Ruche a été réorganisée : certaines rubriques ont déménagé.'
        : 'The Hive has been reorganised: some sections have moved.'
    }
<a href="/passerelle/sections.json">${fr ? 'Index des rubriques (JSON)' : 'Sections index (JSON)'}</a> ·
<a href="/passerelle/sections.csv">CSV</a></p>
<ul>
${input.sections.map(
  (section) =>
    html`<li><a href="${withLang(section.newPath, lang)}">${section.title[lang]}</a> <small>${section.breadcrumb[lang]}</small></li>
`,
)}</ul>
</section>

<section aria-labelledby="aide">
<h2 id="aide">${fr ? 'Aide' : 'Help'}</h2>
<p><a href="${withLang('/aide', lang)}">${fr ? 'Aide et assistance' : 'Help and support'}</a> ·
<a href="${withLang('/aide/tutoriels', lang)}">${fr ? 'Tutoriels' : 'Tutorials'}</a> ·
<a href="${withLang('/charte', lang)}">${fr ? 'Charte d’utilisation' : 'Usage charter'}</a></p>
</section>
${fr ? englishSummary(input) : ''}`,
  });
}
