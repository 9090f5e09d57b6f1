/** The popup snapshot the background publishes (utils/snapshot/*), read from the running extension. */
import type { PopupSnapshot } from '../../../utils/snapshot/types';
import type { ExtensionSession } from './session';

export const SNAPSHOT_KEY = 'popupSnapshot';

export function readSnapshot(session: ExtensionSession): Promise<PopupSnapshot | undefined> {
  return session.readLocalStorage<PopupSnapshot>(SNAPSHOT_KEY);
}

/** Waits until the published snapshot satisfies `accept`, and returns it (read at each change, not polled). */
export async function waitForSnapshot(
  session: ExtensionSession,
  accept: (snapshot: PopupSnapshot) => boolean,
  what: string,
  timeoutMs?: number,
): Promise<PopupSnapshot> {
  const snapshot = await session.waitForLocalStorage<PopupSnapshot>(
    SNAPSHOT_KEY,
    (value) => value !== undefined && accept(value),
    what,
    timeoutMs,
  );
  return snapshot as PopupSnapshot;
}
