/** The indicators report (`/indicateurs/rapport`): tables aggregated from the batches received. */
import { html, type SafeHtml } from '../html';
import type { CountTable, IndicatorReport } from '../indicators';
import type { Bilingual, Lang } from '../lang';
import { renderPage } from './layout';

/** Human name of a row (article title, tool label), if known. */
export type RowLabel = (tableKey: string, name: string) => string | undefined;

interface TableTitle {
  heading: Bilingual;
  column: Bilingual;
}

const TABLE_TITLES: Record<string, TableTitle> = {
  newsViews: {
    heading: { fr: 'Vues par publication', en: 'Views per post' },
    column: { fr: 'Publication', en: 'Post' },
  },
  toolLaunches: {
    heading: { fr: 'Outils les plus lancés', en: 'Most launched tools' },
    column: { fr: 'Outil', en: 'Tool' },
  },
  emptySearches: {
    heading: { fr: 'Recherches sans résultat', en: 'Searches that found nothing' },
    column: { fr: 'Recherche', en: 'Search' },
  },
  launchesViaEsn: {
    heading: {
      fr: 'Lancements passés par le RSE (selon Passerelle)',
      en: 'Launches through the ESN (as Passerelle counts them)',
    },
    column: { fr: 'Outil', en: 'Tool' },
  },
  guidanceShown: {
    heading: { fr: 'Indications de déménagement affichées', en: 'Relocation guidance shown' },
    column: { fr: 'Ancienne adresse', en: 'Old address' },
  },
  activeDays: {
    heading: { fr: 'Jours d’utilisation (appareils par jour)', en: 'Days active (devices per day)' },
    column: { fr: 'Jour', en: 'Day' },
  },
  launchRoute: {
    heading: { fr: 'Lancements vus par la route de lancement', en: 'Launches seen by the launch route' },
    column: { fr: 'Outil', en: 'Tool' },
  },
};

/** The largest count of a table: the full width of its bars. */
function largest(table: CountTable): number {
  return Math.max(1, ...table.rows.map(([, count]) => count));
}

/** A simple horizontal bar chart cell: a native meter, drawn by the browser, readable by screen readers. */
function bar(count: number, max: number): SafeHtml {
  return html`<meter min="0" max="${max}" value="${count}" aria-label="${count} / ${max}">${count}</meter>`;
}

function countTable(table: CountTable, lang: Lang, rowLabel: RowLabel, id: string): SafeHtml {
  const fr = lang === 'fr';
  const title = TABLE_TITLES[table.key];
  return html`<section aria-labelledby="${id}">
<h2 id="${id}">${title ? title.heading[lang] : table.key}</h2>
${
  table.rows.length === 0
    ? html`<p>${fr ? 'Aucune donnée.' : 'No data.'}</p>`
    : html`<table data-table="${table.key}">
<thead><tr><th scope="col">${title ? title.column[lang] : fr ? 'Nom' : 'Name'}</th><th scope="col">Total</th><th scope="col">${fr ? 'Graphique' : 'Chart'}</th></tr></thead>
<tbody>
${table.rows.map(([name, count]) => {
  const label = rowLabel(table.key, name);
  return html`<tr><td>${label ?? name}${label && label !== name ? html` <small>(${name})</small>` : ''}</td><td>${count}</td><td>${bar(count, largest(table))}</td></tr>
`;
})}</tbody>
</table>`
}
</section>
`;
}

export function reportPage(
  lang: Lang,
  report: IndicatorReport,
  launchRouteCounts: [string, number][],
  rowLabel: RowLabel,
): SafeHtml {
  const fr = lang === 'fr';
  const launchTable: CountTable = {
    key: 'launchRoute',
    rows: [...launchRouteCounts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])),
  };
  return renderPage({
    lang,
    path: '/indicateurs/rapport',
    title: fr ? 'Rapport des indicateurs' : 'Indicators report',
    body: html`<h1>${fr ? 'Rapport des indicateurs d’usage' : 'Usage indicators report'}</h1>
<p>${fr ? 'Lots reçus' : 'Batches received'} : <strong id="batch-count">${report.batchCount}</strong>${
      report.days.length > 0 ? html` — ${fr ? 'jours' : 'days'} : ${report.days.join(', ')}` : ''
    }</p>
${report.tables.map((table, index) => countTable(table, lang, rowLabel, `table-${index}`))}
${countTable(launchTable, lang, (_key, name) => rowLabel('toolLaunches', name), 'launch-route')}
${
  report.unrecognised.length > 0
    ? html`<h2>${fr ? 'Données non reconnues' : 'Unrecognised data'}</h2>
<pre>${JSON.stringify(report.unrecognised, null, 2)}</pre>`
    : ''
}`,
  });
}
