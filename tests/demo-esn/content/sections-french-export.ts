/**
 * The sections index as a French communication team exports it from its own spreadsheet: French column headers
 * ("Identifiant", "Titre", "Fil d’Ariane (FR)", "Nouvelle URL", "Ancienne(s) adresse(s)", "Mots-clés", "Date du
 * déménagement"), a column Passerelle does not use ("Responsable"), lists separated by ", ", and two bad rows the
 * editor left in. Its "Rubrique (FR)" column read as a second French title until 2 Dec 2026: "rubrique" names the
 * title (ADMIN.md), and the sections showed their breadcrumbs as titles.
 * The demo serves it in windows-1252, as Excel's "CSV (séparateur : point-virgule)" writes it (state.ts).
 */
import type { LocalizedText, SectionEntry } from '../../../utils/config/schema';
import { csvField, PREFIX_MARK } from './sections-csv';

export const FRENCH_EXPORT_HEADER = [
  'Identifiant',
  'Titre',
  'Titre anglais',
  'Fil d’Ariane (FR)',
  'Nouvelle URL',
  'Ancienne(s) adresse(s)',
  'Mots-clés',
  'Date du déménagement',
  'Responsable',
] as const;

/** The two bad rows, by the spreadsheet's row number (header = row 1), with what is wrong in each. */
export const FRENCH_EXPORT_BAD_ROWS = [
  { row: 3, id: 'annuaire-interne', cells: ['Annuaire', 'Directory', '', 'intranet/annuaire', '', '', '', 'Com'] },
  {
    row: 5,
    id: 'planning-salles',
    cells: ['Planning des salles', 'Room planning', '', 'https://esn.example/salles', '', '', '15/09/2026', 'Com'],
  },
] as const;

const fr = (text: LocalizedText | undefined) => (typeof text === 'string' ? text : (text?.fr ?? ''));
const en = (text: LocalizedText | undefined) => (typeof text === 'string' ? text : (text?.en ?? ''));

function goodRow(entry: SectionEntry): string[] {
  const old = [...(entry.oldUrls ?? []), ...(entry.oldUrlPrefixes ?? []).map((prefix) => `${prefix}${PREFIX_MARK}`)];
  return [
    entry.id,
    fr(entry.title),
    en(entry.title),
    fr(entry.breadcrumb),
    entry.newUrl,
    old.join(', '),
    (entry.keywords ?? []).join(', '),
    entry.movedOn ?? '',
    'Communication interne',
  ];
}

export function renderFrenchSectionsExport(entries: readonly SectionEntry[]): string {
  const rows: string[][] = entries.map(goodRow);
  // Spreadsheet rows: header = 1, so list position i is row i + 2; each bad row goes in at its own number.
  for (const bad of FRENCH_EXPORT_BAD_ROWS) rows.splice(bad.row - 2, 0, [bad.id, ...bad.cells]);
  const lines = [[...FRENCH_EXPORT_HEADER], ...rows].map((row) => row.map(csvField).join(';'));
  // No BOM: Excel writes one only in "CSV UTF-8"; this export is the ANSI one (state.ts encodes it).
  return `${lines.join('\r\n')}\r\n`;
}
