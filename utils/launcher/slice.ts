import type { Tool } from '../config/schema';

/** What the popup needs to paint the launcher. */
export interface LauncherSlice {
  tools: Tool[];
  favourites: string[];
  recents: string[];
  hidden: string[];
}
