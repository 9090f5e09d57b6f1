/**
 * The paths vocabulary (published schema "passerelle.indicators/2", ADMIN.md › Paths): small and stable on
 * purpose. Adding a word is a new schema version; the order never changes.
 */

/** Where an arrival started. */
export const ENTRY_POINTS = [
  'favourite',
  'recent',
  'list',
  'search',
  'keyboard',
  'omnibox',
  'notification',
  'newsList',
  'guidance',
  'welcome',
] as const;
export type EntryPoint = (typeof ENTRY_POINTS)[number];

/** A post read on the ESN in a tab that Passerelle did not open. */
export const ESN_TAB = 'esnTab';
export const POST_VIAS = [...ENTRY_POINTS, ESN_TAB] as const;
export type PostVia = (typeof POST_VIAS)[number];

/** Where it arrived: a tool, a news item (id: its feed), a relocated section, the ESN home, help or feedback. */
export const DESTINATIONS = ['tool', 'news', 'section', 'esnHome', 'help'] as const;
export type Destination = (typeof DESTINATIONS)[number];

/** The short sequences the communication team follows. */
export const SEQUENCES = ['oldAddress>guidance>section', 'badge>newsList>post', 'emptySearch>help'] as const;
export type Sequence = (typeof SEQUENCES)[number];

export const isEntryPoint = (value: unknown): value is EntryPoint => ENTRY_POINTS.includes(value as EntryPoint);
export const isPostVia = (value: unknown): value is PostVia => POST_VIAS.includes(value as PostVia);
export const isDestination = (value: unknown): value is Destination => DESTINATIONS.includes(value as Destination);
export const isSequence = (value: unknown): value is Sequence => SEQUENCES.includes(value as Sequence);

/** The destinations that name what they reach. */
export const DESTINATION_HAS_ID: Record<Destination, boolean> = {
  tool: true,
  news: true,
  section: true,
  esnHome: false,
  help: false,
};
