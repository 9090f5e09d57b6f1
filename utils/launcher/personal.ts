/** The user's own arrangement of the launcher, and the pure operations on it. */

export const RECENTS_LIMIT = 8;

/** A link the user added, shown with the tools when the organisation allows it. */
export interface PersonalLink {
  id: string;
  label: string;
  url: string;
}

interface RecentLaunch {
  toolId: string;
  /** When it was launched (ms since epoch); 0 when unknown (migrated from v1). */
  at: number;
}

export interface PersonalState {
  favourites: string[];
  recents: RecentLaunch[];
  hidden: string[];
  links: PersonalLink[];
  /** Focus a tab of the tool that is already open instead of opening another one. */
  focusExistingTab: boolean;
}

export const EMPTY_PERSONAL: PersonalState = {
  favourites: [],
  recents: [],
  hidden: [],
  links: [],
  focusExistingTab: false,
};

export function pin(state: PersonalState, toolId: string): PersonalState {
  if (state.favourites.includes(toolId)) return state;
  return { ...state, favourites: [...state.favourites, toolId] };
}

export function unpin(state: PersonalState, toolId: string): PersonalState {
  return { ...state, favourites: state.favourites.filter((id) => id !== toolId) };
}

/** Moves a favourite by `offset` places, clamped to the list. */
export function moveFavourite(state: PersonalState, toolId: string, offset: number): PersonalState {
  const from = state.favourites.indexOf(toolId);
  if (from < 0) return state;
  const to = Math.max(0, Math.min(state.favourites.length - 1, from + offset));
  if (to === from) return state;
  const favourites = state.favourites.filter((id) => id !== toolId);
  favourites.splice(to, 0, toolId);
  return { ...state, favourites };
}

/** Hiding an optional tool also unpins it; mandatory tools are refused by the caller, which knows the config. */
export function hide(state: PersonalState, toolId: string): PersonalState {
  if (state.hidden.includes(toolId)) return state;
  return { ...unpin(state, toolId), hidden: [...state.hidden, toolId] };
}

export function unhide(state: PersonalState, toolId: string): PersonalState {
  return { ...state, hidden: state.hidden.filter((id) => id !== toolId) };
}

export function recordRecent(state: PersonalState, toolId: string, at: number): PersonalState {
  const recents = [{ toolId, at }, ...state.recents.filter((recent) => recent.toolId !== toolId)];
  return { ...state, recents: recents.slice(0, RECENTS_LIMIT) };
}
