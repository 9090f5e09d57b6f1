/** The page shell of La Ruche: header with navigation and language switch, main content, footer. */
import { type HtmlValue, html, SafeHtml } from '../html';
import { type Lang, withLang } from '../lang';

export interface PageOptions {
  lang: Lang;
  title: string;
  body: HtmlValue;
  /** Path of this page, for the language switch (without `lang`). */
  path?: string;
}

const STYLE = `
  body { font-family: system-ui, sans-serif; margin: 0; color: #1f2a1f; background: #fbfaf5; line-height: 1.5; }
  header { background: #4a6b2f; color: #fff; padding: 0.75rem 1.5rem; display: flex; gap: 1.5rem; align-items: center; flex-wrap: wrap; }
  header a { color: #fff; }
  header .brand { font-weight: 700; font-size: 1.2rem; text-decoration: none; }
  main { max-width: 60rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
  footer { border-top: 1px solid #d8d4c4; padding: 1rem 1.5rem; font-size: 0.9rem; color: #55604f; }
  table { border-collapse: collapse; margin: 0.5rem 0 1.5rem; }
  th, td { border: 1px solid #d8d4c4; padding: 0.3rem 0.6rem; text-align: left; }
  .breadcrumb { color: #55604f; font-size: 0.95rem; }
  .notice { border-left: 4px solid #c58b00; background: #fff7df; padding: 0.5rem 1rem; }
`;

const NAV: { path: string; fr: string; en: string }[] = [
  { path: '/', fr: 'Accueil', en: 'Home' },
  { path: '/#actualites', fr: 'Actualités', en: 'News' },
  { path: '/#outils', fr: 'Outils', en: 'Tools' },
  { path: '/#rubriques', fr: 'Rubriques', en: 'Sections' },
  { path: '/aide', fr: 'Aide', en: 'Help' },
];

export function renderPage({ lang, title, body, path }: PageOptions): SafeHtml {
  const other: Lang = lang === 'fr' ? 'en' : 'fr';
  const switchLabel = lang === 'fr' ? 'English' : 'Français';
  const siteName = lang === 'fr' ? 'La Ruche' : 'The Hive';
  return html`<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · ${siteName} — Groupe Aubépine</title>
<style>${new SafeHtml(STYLE)}</style>
</head>
<body>
<header>
<a class="brand" href="${withLang('/', lang)}">${siteName}</a>
<nav aria-label="${lang === 'fr' ? 'Navigation principale' : 'Main navigation'}">
${NAV.map((item) => html`<a href="${withLang(item.path, lang)}">${item[lang]}</a> `)}
</nav>
${path === undefined ? '' : html`<a href="${withLang(path, other)}" hreflang="${other}" lang="${other}">${switchLabel}</a>`}
</header>
<main>
${body}
</main>
<footer>Groupe Aubépine — ${lang === 'fr' ? 'réseau social d’entreprise La Ruche (démonstration)' : 'The Hive enterprise social network (demo)'}</footer>
</body>
</html>
`;
}
