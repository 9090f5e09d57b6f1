/** The popup snapshot the background publishes (utils/snapshot/*), read from the running extension. */
import type { PopupSnapshot } from '../../../utils/snapshot/types';
import type { ExtensionSession } from './session';
import { waitUntil } from './wait';

export const SNAPSHOT_KEY = 'popupSnapshot';

export function readSnapshot(session: ExtensionSession): Promise<PopupSnapshot | undefined> {
  return session.readLocalStorage<PopupSnapshot>(SNAPSHOT_KEY);
}

/** Waits until the published snapshot satisfies `accept`, and returns it. */
export async function waitForSnapshot(
  session: ExtensionSession,
  accept: (snapshot: PopupSnapshot) => boolean,
  what: string,
  timeoutMs?: number,
): Promise<PopupSnapshot> {
  let last: PopupSnapshot | undefined;
  await waitUntil(
    async () => {
      last = await readSnapshot(session);
      return last !== undefined && accept(last);
    },
    { intervalMs: 100, what, ...(timeoutMs === undefined ? {} : { timeoutMs }) },
  );
  return last as PopupSnapshot;
}
