/** Error pages: not found, server error. */
import { html, type SafeHtml } from '../html';
import { type Lang, withLang } from '../lang';
import { renderPage } from './layout';

export interface ErrorPageOptions {
  status: number;
  title: string;
  message: string;
}

export function errorPage(lang: Lang, { status, title, message }: ErrorPageOptions): SafeHtml {
  return renderPage({
    lang,
    title,
    body: html`<h1>${title}</h1>
<p>${message}</p>
<p><small>HTTP ${status}</small></p>
<p><a href="${withLang('/', lang)}">${lang === 'fr' ? 'Retour à l’accueil de La Ruche' : 'Back to The Hive home page'}</a></p>`,
  });
}

export function notFoundPage(lang: Lang, path: string): SafeHtml {
  return errorPage(lang, {
    status: 404,
    title: lang === 'fr' ? 'Page introuvable' : 'Page not found',
    message: lang === 'fr' ? `Aucune page ne correspond à l’adresse ${path}.` : `No page matches the address ${path}.`,
  });
}
