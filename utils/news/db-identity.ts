/** The news database's name and schema version, apart from the store so tests can read them without loading it. */
export const NEWS_DB_NAME = 'passerelle-news';
/** 3 since the release after 0.1.0 (items list their feeds); see store-migrations.ts. */
export const NEWS_DB_VERSION = 3;
