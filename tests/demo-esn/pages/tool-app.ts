/** The page standing for a business tool (`/apps/<toolId>`). */
import type { DemoTool } from '../content/tools';
import { html, type SafeHtml } from '../html';
import { type Lang, withLang } from '../lang';
import { renderPage } from './layout';

export function toolAppPage(tool: DemoTool, lang: Lang): SafeHtml {
  return renderPage({
    lang,
    path: `/apps/${tool.id}`,
    title: tool.label[lang],
    body: html`<p class="breadcrumb">${lang === 'fr' ? 'Outils' : 'Tools'} › ${tool.category[lang]}</p>
<h1>${tool.label[lang]}</h1>
<p>${tool.description[lang]}</p>
<p><em>${lang === 'fr' ? 'Application de démonstration.' : 'Demo application.'}</em>
<a href="${withLang('/#outils', lang)}">${lang === 'fr' ? 'Tous les outils' : 'All tools'}</a></p>`,
  });
}
