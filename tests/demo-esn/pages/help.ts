/** Help pages: `/aide` (help and hotline) and `/aide/tutoriels`. */
import { html, type SafeHtml } from '../html';
import { type Lang, withLang } from '../lang';
import { renderPage } from './layout';

export const HOTLINE_PHONE = '+33 1 23 45 67 89';
export const HOTLINE_EMAIL = 'hotline@aubepine.example';

export function helpPage(lang: Lang): SafeHtml {
  const fr = lang === 'fr';
  return renderPage({
    lang,
    path: '/aide',
    title: fr ? 'Aide' : 'Help',
    body: html`<h1>${fr ? 'Aide et assistance' : 'Help and support'}</h1>
<p>${
      fr
        ? 'Passerelle est l’extension de navigateur qui vous donne accès à La Ruche et à vos outils en un clic.'
        : 'Passerelle is the browser extension that takes you to The Hive and your tools in one click.'
    }</p>
<h2>${fr ? 'Questions fréquentes' : 'Frequently asked questions'}</h2>
<dl>
<dt>${fr ? 'Un ancien favori ne fonctionne plus ?' : 'An old bookmark no longer works?'}</dt>
<dd>${fr ? 'Passerelle vous propose la nouvelle adresse de la rubrique.' : 'Passerelle shows you the section’s new address.'}</dd>
<dt>${fr ? 'Un outil manque dans le lanceur ?' : 'A tool is missing from the launcher?'}</dt>
<dd>${fr ? 'Signalez-le avec le formulaire de retours.' : 'Tell us with the feedback form.'}</dd>
</dl>
<h2>${fr ? 'Hotline' : 'Hotline'}</h2>
<p>${fr ? 'Du lundi au vendredi, de 8 h à 18 h' : 'Monday to Friday, 8 am to 6 pm'} :
<a href="tel:${HOTLINE_PHONE.replaceAll(' ', '')}">${HOTLINE_PHONE}</a> ·
<a href="mailto:${HOTLINE_EMAIL}">${HOTLINE_EMAIL}</a></p>
<p><a href="${withLang('/aide/tutoriels', lang)}">${fr ? 'Tutoriels' : 'Tutorials'}</a> ·
<a href="${withLang('/charte', lang)}">${fr ? 'Charte d’utilisation' : 'Usage charter'}</a> ·
<a href="${withLang('/retours', lang)}">${fr ? 'Donner votre avis' : 'Give feedback'}</a></p>`,
  });
}

const TUTORIALS: { fr: string; en: string; minutes: number }[] = [
  { fr: 'Premiers pas avec Passerelle', en: 'First steps with Passerelle', minutes: 3 },
  { fr: 'Lancer un outil depuis la barre d’adresse', en: 'Launch a tool from the address bar', minutes: 2 },
  { fr: 'Suivre les actualités importantes', en: 'Follow important news', minutes: 2 },
  { fr: 'Retrouver une rubrique qui a déménagé', en: 'Find a section that has moved', minutes: 2 },
  { fr: 'Personnaliser votre lanceur d’outils', en: 'Customise your tool launcher', minutes: 4 },
];

export function tutorialsPage(lang: Lang): SafeHtml {
  const fr = lang === 'fr';
  return renderPage({
    lang,
    path: '/aide/tutoriels',
    title: fr ? 'Tutoriels' : 'Tutorials',
    body: html`<p class="breadcrumb"><a href="${withLang('/aide', lang)}">${fr ? 'Aide' : 'Help'}</a></p>
<h1>${fr ? 'Tutoriels' : 'Tutorials'}</h1>
<ol>
${TUTORIALS.map(
  (tutorial) => html`<li>${tutorial[lang]} <small>(${tutorial.minutes} min)</small></li>
`,
)}</ol>`,
  });
}
