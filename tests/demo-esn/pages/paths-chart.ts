/**
 * The report's paths as a flow chart: entry points on the left, destinations on the right, each shown path a band
 * as wide as its count (a Sankey diagram laid out by d3-sankey, drawn here as static SVG: no script in the page).
 *
 * Only the rows the minimum group size lets the table show are drawn; the hidden cells (and "other", whose parts
 * are unknown) never are. The chart is an image with a title and a summary; the table below it stays the text
 * alternative with every number.
 */
import { type SankeyGraph, sankey, sankeyLinkHorizontal } from 'd3-sankey';
import { html, type SafeHtml } from '../html';
import type { Lang } from '../lang';
import type { SafeRow } from '../minimum-group';

/** Human name of a row (article title, tool label), if known: the report's RowLabel. */
type RowLabel = (tableKey: string, name: string) => string | undefined;

/** A path row's parts: "favourite>tool>conges" is favourite → tool conges (labelled when the tool is known). */
export function pathParts(name: string, rowLabel: RowLabel): { from: string; to: string; target: string } {
  const [from = '', to = '', id] = name.split('>');
  const label = id === undefined ? undefined : (rowLabel(to === 'tool' ? 'toolLaunches' : to, id) ?? id);
  return { from, to, target: label === undefined ? to : `${to} ${label}` };
}

interface ChartNode {
  id: string;
  label: string;
  side: 'entry' | 'destination';
}
interface ChartLink {
  name: string;
  total: number;
}
type Graph = SankeyGraph<ChartNode, ChartLink>;

export const CHART_WIDTH = 760;
const LABEL_LEFT = 130;
const LABEL_RIGHT = 250;
const ROW_HEIGHT = 30;
const MAX_LABEL = 34;

/** One colour per entry point (the vocabulary's order), dark enough to read on the page's background. */
const COLOURS = ['#4a6b2f', '#8a4f00', '#2c5d8a', '#7a3b69', '#a03a2a', '#2f6f66', '#5b4ea0', '#6b6b2f', '#9a2f5a'];

const shorten = (text: string) => (text.length > MAX_LABEL ? `${text.slice(0, MAX_LABEL - 1)}…` : text);

/** The laid-out graph of the shown rows (exported for the unit test); null when no row is shown. */
export function layoutPaths(rows: readonly SafeRow[], rowLabel: RowLabel): Graph | null {
  if (rows.length === 0) return null;
  const nodes = new Map<string, ChartNode>();
  const links = rows.map((row) => {
    const { from, target } = pathParts(row.name, rowLabel);
    const source = `entry:${from}`;
    const destination = `to:${row.name.split('>').slice(1).join('>')}`;
    nodes.set(source, { id: source, label: from, side: 'entry' });
    nodes.set(destination, { id: destination, label: target, side: 'destination' });
    return { source, target: destination, value: row.total, name: row.name, total: row.total };
  });
  const entries = [...nodes.values()].filter((node) => node.side === 'entry').length;
  const height = Math.max(entries, nodes.size - entries) * ROW_HEIGHT + 20;
  return sankey<ChartNode, ChartLink>()
    .nodeId((node) => node.id)
    .nodeWidth(12)
    .nodePadding(10)
    .extent([
      [LABEL_LEFT, 10],
      [CHART_WIDTH - LABEL_RIGHT, height - 10],
    ])({ nodes: [...nodes.values()], links });
}

const round = (value: number | undefined) => Math.round((value ?? 0) * 10) / 10;

/** k: the minimum group size, said in the caption (the rows given are already those shown). */
export function pathsChart(rows: readonly SafeRow[], lang: Lang, rowLabel: RowLabel, k: number): SafeHtml | '' {
  const graph = layoutPaths(rows, rowLabel);
  if (graph === null) return '';
  const fr = lang === 'fr';
  const height = Math.max(...graph.nodes.map((node) => node.y1 ?? 0)) + 10;
  const entryIds = [...new Set(graph.nodes.filter((node) => node.side === 'entry').map((node) => node.id))];
  const colourOf = (id: string) => COLOURS[entryIds.indexOf(id) % COLOURS.length] ?? COLOURS[0];
  const band = sankeyLinkHorizontal<ChartNode, ChartLink>();
  const destinations = graph.nodes.length - entryIds.length;
  const summary = fr
    ? `${graph.links.length} parcours affichés, de ${entryIds.length} points d’entrée vers ${destinations} destinations ; le tableau ci-dessous donne chaque nombre.`
    : `${graph.links.length} paths shown, from ${entryIds.length} entry points to ${destinations} destinations; the table below gives every number.`;
  return html`<figure data-chart="paths">
<svg role="img" aria-labelledby="paths-chart-title paths-chart-desc" viewBox="0 0 ${CHART_WIDTH} ${round(height)}" width="100%" style="max-width:${CHART_WIDTH}px">
<title id="paths-chart-title">${fr ? 'Parcours : point d’entrée → destination' : 'Paths: entry point → destination'}</title>
<desc id="paths-chart-desc">${summary}</desc>
<g fill="none" stroke-opacity="0.45">
${graph.links.map((link) => {
  const source = typeof link.source === 'object' ? link.source.id : String(link.source);
  return html`<path data-path="${link.name}" data-count="${link.total}" d="${band(link) ?? ''}" stroke="${colourOf(source)}" stroke-width="${Math.max(1, round(link.width))}"></path>
`;
})}</g>
<g font-size="13" fill="currentColor">
${graph.nodes.map((node) => {
  const entry = node.side === 'entry';
  const y = round(((node.y0 ?? 0) + (node.y1 ?? 0)) / 2);
  return html`<rect data-node="${node.id}" x="${round(node.x0)}" y="${round(node.y0)}" width="${round((node.x1 ?? 0) - (node.x0 ?? 0))}" height="${Math.max(1, round((node.y1 ?? 0) - (node.y0 ?? 0)))}" fill="${entry ? colourOf(node.id) : '#55604f'}"></rect>
<text x="${round(entry ? (node.x0 ?? 0) - 6 : (node.x1 ?? 0) + 6)}" y="${y}" dy="0.35em" text-anchor="${entry ? 'end' : 'start'}">${shorten(node.label)}</text>
`;
})}</g>
</svg>
<figcaption>${
    fr
      ? `Largeur de chaque bande : le nombre d’arrivées. Seuls les parcours d’au moins ${k} appareils sont dessinés.`
      : `Width of each band: the number of arrivals. Only paths from at least ${k} devices are drawn.`
  }</figcaption>
</figure>
`;
}
