/** The feedback form (`/retours?q=…&ctx=…`), pre-filled from the query string, and its thank-you page. */
import { html, type SafeHtml } from '../html';
import { type Lang, withLang } from '../lang';
import { renderPage } from './layout';

export function feedbackPage(lang: Lang, query: string, context: string): SafeHtml {
  const fr = lang === 'fr';
  return renderPage({
    lang,
    path: '/retours',
    title: fr ? 'Vos retours' : 'Your feedback',
    body: html`<h1>${fr ? 'Donnez-nous votre avis' : 'Tell us what you think'}</h1>
${query ? html`<p>${fr ? 'Votre recherche' : 'Your search'} : <q id="feedback-query">${query}</q></p>` : ''}
${context ? html`<p><small>${fr ? 'Contexte' : 'Context'} : <span id="feedback-context">${context}</span></small></p>` : ''}
<form method="post" action="/retours">
<input type="hidden" name="q" value="${query}">
<input type="hidden" name="ctx" value="${context}">
<p><label for="message">${fr ? 'Votre message' : 'Your message'}</label><br>
<textarea id="message" name="message" rows="6" cols="60">${
      query ? (fr ? `Je n’ai pas trouvé : ${query}` : `I could not find: ${query}`) : ''
    }</textarea></p>
<p><button type="submit">${fr ? 'Envoyer' : 'Send'}</button></p>
</form>`,
  });
}

export function feedbackThanksPage(lang: Lang): SafeHtml {
  const fr = lang === 'fr';
  return renderPage({
    lang,
    title: fr ? 'Merci' : 'Thank you',
    body: html`<h1>${fr ? 'Merci pour votre retour !' : 'Thank you for your feedback!'}</h1>
<p><a href="${withLang('/', lang)}">${fr ? 'Retour à l’accueil' : 'Back to the home page'}</a></p>`,
  });
}
