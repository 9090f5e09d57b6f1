/**
 * The indicators report (`/indicateurs/rapport`): what the communication team reads. Every table respects the
 * minimum group size (see ../minimum-group.ts): hidden cells are merged into "other" or withheld, and so is a
 * total that would reveal them. Bars are native <meter> elements: drawn by the browser, read by screen readers;
 * the paths are also drawn as a flow chart (paths-chart.ts) above their table.
 */
import { html, type SafeHtml } from '../html';
import type { CountTable, IndicatorReport } from '../indicators';
import type { Bilingual, Lang } from '../lang';
import { type SafeRow, type SafeTable, safeShare, safeTable } from '../minimum-group';
import { renderPage } from './layout';
import { pathParts, pathsChart } from './paths-chart';
import { RING_TABLE_TITLES } from './ring-titles';

/** Human name of a row (article title, tool label), if known. */
export type RowLabel = (tableKey: string, name: string) => string | undefined;

interface TableTitle {
  heading: Bilingual;
  column: Bilingual;
}

const TABLE_TITLES: Record<string, TableTitle> = {
  ...RING_TABLE_TITLES,
  newsViews: {
    heading: { fr: 'Vues par publication', en: 'Views per post' },
    column: { fr: 'Publication', en: 'Post' },
  },
  paths: {
    heading: { fr: 'Parcours : point d’entrée → destination', en: 'Paths: entry point → destination' },
    column: { fr: 'Parcours', en: 'Path' },
  },
  sequences: { heading: { fr: 'Enchaînements', en: 'Sequences' }, column: { fr: 'Enchaînement', en: 'Sequence' } },
  toolLaunches: {
    heading: { fr: 'Lancements par outil', en: 'Launches per tool' },
    column: { fr: 'Outil', en: 'Tool' },
  },
  emptySearches: {
    heading: { fr: 'Recherches sans résultat', en: 'Searches that found nothing' },
    column: { fr: 'Recherche', en: 'Search' },
  },
  guidanceShown: {
    heading: { fr: 'Anciennes adresses ouvertes (déménagements)', en: 'Old addresses opened (relocations)' },
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

/** Tables shown with a share column: the part, and the rest, of each row. */
const SHARES: Record<string, { part: string; rest: string; label: Bilingual }> = {
  newsViews: {
    part: 'newsViewsViaPasserelle',
    rest: 'newsViewsOnEsn',
    label: { fr: 'Part venue par Passerelle', en: 'Share through Passerelle' },
  },
  toolLaunches: {
    part: 'launchesViaEsn',
    rest: 'launchesDirect',
    label: { fr: 'Part passée par le RSE', en: 'Share routed through the ESN' },
  },
};

/** Shown through another table, or not at all (parts of a share). */
const NOT_LISTED = new Set(['newsViewsViaPasserelle', 'newsViewsOnEsn', 'launchesViaEsn', 'launchesDirect']);

const percent = (share: number | null) => (share === null ? '—' : `${Math.round(share * 100)} %`);

function bar(count: number, max: number): SafeHtml {
  return html`<meter min="0" max="${max}" value="${count}" aria-label="${count} / ${max}">${count}</meter>`;
}

function rowName(table: string, name: string, rowLabel: RowLabel): SafeHtml {
  if (table === 'paths') {
    const { from, to, target } = pathParts(name, rowLabel);
    return html`<span data-from="${from}">${from}</span> → <span data-to="${to}">${target}</span>`;
  }
  const label = rowLabel(table, name);
  return html`${label ?? name}${label && label !== name ? html` <small>(${name})</small>` : ''}`;
}

function shareCell(report: IndicatorReport, table: string, row: SafeRow): SafeHtml {
  const share = SHARES[table];
  if (!share) return html``;
  const find = (key: string) => {
    const records = report.records.get(key) ?? [];
    return safeTable(records, 1).rows.find((candidate) => candidate.name === row.name);
  };
  return html`<td>${percent(safeShare(find(share.part), row, find(share.rest), report.minimumGroupSize))}</td>`;
}

function tableSection(report: IndicatorReport, table: CountTable, lang: Lang, rowLabel: RowLabel, id: string) {
  const fr = lang === 'fr';
  const title = TABLE_TITLES[table.key];
  const share = SHARES[table.key];
  const max = Math.max(1, ...table.rows.map((row) => row.total));
  const empty = table.rows.length === 0 && table.other === null;
  const other = table.other;
  return html`<section aria-labelledby="${id}">
<h2 id="${id}">${title ? title.heading[lang] : table.key}</h2>
${table.key === 'paths' ? pathsChart(table.rows, lang, rowLabel, report.minimumGroupSize) : ''}${
  empty
    ? html`<p>${fr ? 'Aucune donnée.' : 'No data.'}</p>`
    : html`<table data-table="${table.key}">
<thead><tr><th scope="col">${title ? title.column[lang] : fr ? 'Nom' : 'Name'}</th><th scope="col">Total</th>${
        share ? html`<th scope="col">${share.label[lang]}</th>` : ''
      }<th scope="col">${fr ? 'Graphique' : 'Chart'}</th></tr></thead>
<tbody>
${table.rows.map(
  (row) =>
    html`<tr><td>${rowName(table.key, row.name, rowLabel)}</td><td>${row.total}</td>${shareCell(report, table.key, row)}<td>${bar(row.total, max)}</td></tr>
`,
)}${
  other
    ? html`<tr data-row="other"><td>${fr ? `Autres (${other.cells})` : `Other (${other.cells})`}</td><td>${
        'total' in other ? other.total : fr ? 'masqué' : 'withheld'
      }</td>${share ? html`<td>—</td>` : ''}<td></td></tr>
`
    : ''
}</tbody>
<tfoot><tr data-row="total"><th scope="row">Total</th><td>${
        table.total === null ? (fr ? 'masqué' : 'withheld') : table.total
      }</td>${share ? html`<td></td>` : ''}<td></td></tr></tfoot>
</table>`
}
</section>
`;
}

/** Launches counted by the ESN itself: no devices known, so a count under k is hidden like a small group. */
function launchRouteTable(counts: [string, number][], k: number): CountTable {
  const records = counts.map(([name, count]) => ({ day: '', cells: new Map([[name, count]]) }));
  // One record per launch is the prudent reading: a count is its own (upper) number of people.
  const perLaunch = records.flatMap((record) =>
    [...record.cells].flatMap(([name, count]) =>
      Array.from({ length: Math.min(count, 10_000) }, () => ({ day: '', cells: new Map([[name, 1]]) })),
    ),
  );
  const table: SafeTable = safeTable(perLaunch, k);
  return { key: 'launchRoute', ...table };
}

export function reportPage(
  lang: Lang,
  report: IndicatorReport,
  launchRouteCounts: [string, number][],
  rowLabel: RowLabel,
): SafeHtml {
  const fr = lang === 'fr';
  const listed = report.tables.filter((table) => !NOT_LISTED.has(table.key));
  const k = report.minimumGroupSize;
  return renderPage({
    lang,
    path: '/indicateurs/rapport',
    title: fr ? 'Rapport des indicateurs' : 'Indicators report',
    body: html`<h1>${fr ? 'Rapport des indicateurs d’usage' : 'Usage indicators report'}</h1>
<p>${fr ? 'Lots reçus' : 'Batches received'} : <strong id="batch-count">${report.batchCount}</strong>${
      report.days.length > 0 ? html` — ${fr ? 'jours' : 'days'} : ${report.days.join(', ')}` : ''
    }</p>
<p id="minimum-group">${
      fr
        ? `Un nombre n’est affiché que si au moins ${k} appareils y ont contribué ; les plus petits sont regroupés dans « Autres » ou masqués.`
        : `A number is shown only when at least ${k} devices contributed to it; smaller ones are merged into “Other” or withheld.`
    }${
      report.noise > 0
        ? fr
          ? ` Bruit local déclaré : ${report.noise} (les parcours et publications sont des comptes bruités, voir ADMIN.md).`
          : ` Local noise declared: ${report.noise} (paths and posts are noisy counts, see ADMIN.md).`
        : ''
    }</p>
${listed.map((table, index) => tableSection(report, table, lang, rowLabel, `table-${index}`))}
${tableSection(report, launchRouteTable(launchRouteCounts, k), lang, (_key, name) => rowLabel('toolLaunches', name), 'launch-route')}
${
  report.unrecognised.length > 0
    ? html`<h2>${fr ? 'Données non reconnues' : 'Unrecognised data'}</h2>
<pre>${JSON.stringify(report.unrecognised, null, 2)}</pre>`
    : ''
}`,
  });
}
