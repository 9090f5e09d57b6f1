/** Pages of the relocated sections: the new page, and the "this page has moved" answer of an old address. */
import type { DemoSection } from '../content/demo-section';
import { html, type SafeHtml } from '../html';
import { type Lang, withLang } from '../lang';
import { renderPage } from './layout';

export function sectionPage(section: DemoSection, lang: Lang): SafeHtml {
  return renderPage({
    lang,
    path: section.newPath,
    title: section.title[lang],
    body: html`<p class="breadcrumb">${section.breadcrumb[lang]}</p>
<h1>${section.title[lang]}</h1>
<p>${section.content[lang]}</p>
<p><small>${section.note[lang]}</small></p>`,
  });
}

export function movedPage(section: DemoSection, lang: Lang): SafeHtml {
  const fr = lang === 'fr';
  return renderPage({
    lang,
    title: fr ? 'Cette page a déménagé' : 'This page has moved',
    body: html`<h1>${fr ? 'Cette page a déménagé' : 'This page has moved'}</h1>
<p class="notice">${
      fr
        ? `La rubrique « ${section.title.fr} » se trouve désormais dans ${section.breadcrumb.fr}.`
        : `The “${section.title.en}” section now lives under ${section.breadcrumb.en}.`
    }</p>
<p><a href="${withLang(section.newPath, lang)}">${fr ? 'Aller à la nouvelle page' : 'Go to the new page'}</a></p>
<p><small>${fr ? 'Déménagée le' : 'Moved on'} ${section.movedOn}. ${
      fr ? 'Pensez à mettre vos favoris à jour.' : 'Remember to update your bookmarks.'
    }</small></p>`,
  });
}
