/** The sections database's name, apart from its schema (sections-db.ts): the popup's first pass opens it by name. */
export const SECTIONS_DB_NAME = 'passerelle-sections';
