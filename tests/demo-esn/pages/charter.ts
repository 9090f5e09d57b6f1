/** The usage charter of Passerelle (`/charte`), version 2026-09. */
import { html, type SafeHtml } from '../html';
import type { Lang } from '../lang';
import { renderPage } from './layout';

export const CHARTER_VERSION = '2026-09';

const ARTICLES: { fr: [string, string]; en: [string, string] }[] = [
  {
    fr: ['Objet', 'Passerelle facilite l’accès à La Ruche et aux outils métier du Groupe Aubépine.'],
    en: ['Purpose', 'Passerelle makes The Hive and Groupe Aubépine’s business tools easier to reach.'],
  },
  {
    fr: [
      'Données personnelles',
      'Vos préférences et l’état de lecture des actualités restent dans votre navigateur. Aucun historique de navigation n’est collecté.',
    ],
    en: [
      'Personal data',
      'Your preferences and the read state of the news stay in your browser. No browsing history is collected.',
    ],
  },
  {
    fr: [
      'Indicateurs d’usage',
      'Lorsqu’ils sont activés, seuls des compteurs agrégés par jour sont transmis, sans identifiant personnel.',
    ],
    en: ['Usage indicators', 'When enabled, only daily aggregated counts are sent, with no personal identifier.'],
  },
  {
    fr: ['Assistance', 'La hotline répond à vos questions au +33 1 23 45 67 89.'],
    en: ['Support', 'The hotline answers your questions on +33 1 23 45 67 89.'],
  },
];

export function charterPage(lang: Lang): SafeHtml {
  const fr = lang === 'fr';
  return renderPage({
    lang,
    path: '/charte',
    title: fr ? 'Charte d’utilisation' : 'Usage charter',
    body: html`<h1>${fr ? 'Charte d’utilisation de Passerelle' : 'Passerelle usage charter'}</h1>
<p><small>${fr ? 'Version' : 'Version'} <span id="charter-version">${CHARTER_VERSION}</span></small></p>
${ARTICLES.map(
  (article, index) => html`<h2>${fr ? 'Article' : 'Article'} ${index + 1} — ${article[lang][0]}</h2>
<p>${article[lang][1]}</p>
`,
)}`,
  });
}
