/**
 * Which spreadsheet column holds which field. Teams name their columns the way they speak ("Titre (FR)",
 * "Nouvelle URL", "Ancienne(s) adresse(s)", "Mots-clés", "title_en"): a header is compared after folding case,
 * accents, spaces, dashes, underscores, brackets, filler words ("de", "the") and plurals, against a generous list
 * of French and English names per field, with or without a language marker. `sections.columns` names any other
 * header explicitly.
 */

import type { CsvField } from '../config/csv-fields';

/** Fields that take one language marker (title_fr …); the others ignore it. */
const LOCALIZED = new Set(['title', 'breadcrumb', 'note']);

/** Names per field, written naturally: they are folded the same way as the headers. */
const SYNONYMS: Record<string, readonly string[]> = {
  id: ['id', 'identifiant', 'identifier', 'ident', 'ref', 'référence', 'reference', 'code', 'clé', 'key', 'slug'],
  title: [
    'title',
    'titre',
    'nom',
    'name',
    'intitulé',
    'libellé',
    'label',
    'rubrique',
    'nom de la rubrique',
    'titre de la rubrique',
    'section',
    'section name',
    'section title',
    'page',
    'titre de la page',
    'page title',
  ],
  aliases: ['aliases', 'alias', 'synonymes', 'synonyms', 'autres noms', 'other names', 'aussi appelé', 'also known as'],
  keywords: ['keywords', 'keyword', 'mots-clés', 'mot-clé', 'mots clefs', 'tags', 'tag', 'étiquettes'],
  old_urls: [
    'old_urls',
    'old url',
    'old address',
    'old link',
    'previous url',
    'previous address',
    'former url',
    'former address',
    'ancienne url',
    'ancienne(s) url(s)',
    'ancienne adresse',
    'ancienne(s) adresse(s)',
    'ancien lien',
    'ancien(s) lien(s)',
    'ancien emplacement',
    'adresse historique',
    'url historique',
  ],
  old_prefixes: [
    'old_prefixes',
    'old prefix',
    'old url prefix',
    'old address prefix',
    'ancien préfixe',
    'préfixe',
    'prefix',
    'ancien(s) préfixe(s)',
    'préfixe ancienne adresse',
  ],
  new_url: [
    'new_url',
    'new url',
    'new address',
    'new link',
    'new location url',
    'current url',
    'url',
    'link',
    'address',
    'destination',
    'target',
    'nouvelle url',
    'nouvelle adresse',
    'nouveau lien',
    'adresse actuelle',
    'url actuelle',
    'lien',
    'adresse',
    'cible',
    'lien rse',
    'url rse',
    'adresse rse',
  ],
  breadcrumb: [
    'breadcrumb',
    'breadcrumbs',
    'location',
    'new location',
    'path',
    'where',
    'place',
    "fil d'Ariane",
    'emplacement',
    'nouvel emplacement',
    'chemin',
    'localisation',
    'où',
  ],
  moved_on: [
    'moved_on',
    'moved',
    'moved at',
    'move date',
    'date moved',
    'date of move',
    'migration date',
    'date',
    'date du déménagement',
    'date de déménagement',
    'déménagé le',
    'date du déplacement',
    'déplacé le',
    'date de migration',
    'migré le',
    'date de mise en ligne',
  ],
  note: ['note', 'notes', 'comment', 'comments', 'remark', 'commentaire', 'remarque', 'message', 'description'],
};

const STOP_WORDS = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'l', 'd', 'the', 'of', 'a', 'an', 'en', 'in']);
const LANGUAGE_WORDS: Record<string, 'fr' | 'en'> = {
  fr: 'fr',
  fra: 'fr',
  fre: 'fr',
  francais: 'fr',
  french: 'fr',
  en: 'en',
  eng: 'en',
  anglais: 'en',
  english: 'en',
};

/** Case, accents, punctuation and spacing folded: "Ancienne(s) adresse(s)" → "ancienne(s) adresse(s)" → words. */
function words(header: string): string[] {
  return header
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\(s\)/g, 's')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** Filler words dropped, plurals made singular, so "Dates des déménagements" meets "date du déménagement". */
function fold(tokens: readonly string[]): string {
  return tokens
    .filter((word) => !STOP_WORDS.has(word))
    .map((word) => (word.length > 3 && word.endsWith('s') ? word.slice(0, -1) : word))
    .join(' ');
}

/** The header's words without its language marker (first or last word), and that language. */
function splitLanguage(tokens: string[]): { tokens: string[]; language?: 'fr' | 'en' } {
  if (tokens.length < 2) return { tokens };
  const last = LANGUAGE_WORDS[tokens[tokens.length - 1] ?? ''];
  if (last) return { tokens: tokens.slice(0, -1), language: last };
  const first = LANGUAGE_WORDS[tokens[0] ?? ''];
  if (first) return { tokens: tokens.slice(1), language: first };
  return { tokens };
}

/** Folded name → field. Exported for the test that no name leads to two fields. */
export const FIELD_OF_NAME_ENTRIES = Object.entries(SYNONYMS).flatMap(([field, names]) =>
  names.map((name) => [fold(words(name)), field] as const),
);
const FIELD_OF_NAME = new Map<string, string>(FIELD_OF_NAME_ENTRIES);

/** Folded form used to compare a header with a name given in `sections.columns`. */
export function foldHeader(header: string): string {
  return fold(words(header));
}

/** The field a header names, or null. `title_fr`, `Titre (FR)`, `Titre anglais`, `English title` all resolve. */
export function fieldOfHeader(header: string): CsvField | null {
  const tokens = words(header);
  // The language marker first: "en" is also a filler word ("titre en anglais").
  const { tokens: base, language } = splitLanguage(tokens);
  const byBase = language ? FIELD_OF_NAME.get(fold(base)) : undefined;
  if (byBase) return (LOCALIZED.has(byBase) ? `${byBase}_${language}` : byBase) as CsvField;
  return (FIELD_OF_NAME.get(fold(tokens)) as CsvField | undefined) ?? null;
}
