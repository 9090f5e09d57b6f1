import type { Tool } from '../config/schema';

/**
 * The one rule for the tools a user sees (popup list, manage view, favourites, recents, address bar): mandatory
 * tools always, the others unless the user hid them.
 */
export function visibleTools<T extends Pick<Tool, 'id' | 'mandatory'>>(
  tools: readonly T[],
  hidden: Iterable<string>,
): T[] {
  const hiddenIds = new Set(hidden);
  return tools.filter((tool) => tool.mandatory || !hiddenIds.has(tool.id));
}
