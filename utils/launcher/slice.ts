import type { Tool } from '../config/schema';
import type { PersonalLink } from './personal';

/** What the popup needs to paint the launcher. */
export interface LauncherSlice {
  /** Every configured tool, hidden ones included (so they can be shown again), in configuration order. */
  tools: Tool[];
  /** Tool ids in the user's order; only ids of configured tools. */
  favourites: string[];
  /** Most recent first, at most RECENTS_LIMIT. */
  recents: string[];
  /** Hidden optional tools. */
  hidden: string[];
  /** A launch focuses a tab already showing the tool instead of opening another (user option, off by default). */
  focusExistingTab: boolean;
  /**
   * The user's own links, only when the configuration allows them (absent otherwise, and in a snapshot written
   * by a version without them); only links whose address may be opened now.
   */
  personalLinks?: { links: PersonalLink[]; max: number };
}
