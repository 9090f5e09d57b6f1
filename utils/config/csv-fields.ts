/**
 * The fields a column of the sections spreadsheet can hold: the keys of `sections.columns` in the configuration,
 * and what utils/sections/csv-headers.ts recognises headers as.
 */
export const CSV_FIELDS = [
  'id',
  'title',
  'title_fr',
  'title_en',
  'aliases',
  'keywords',
  'old_urls',
  'old_prefixes',
  'new_url',
  'breadcrumb',
  'breadcrumb_fr',
  'breadcrumb_en',
  'moved_on',
  'note',
  'note_fr',
  'note_en',
] as const;
export type CsvField = (typeof CSV_FIELDS)[number];
