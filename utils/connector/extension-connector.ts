import { pageSnapshot } from '../snapshot/page-view';
import { readPaintCache, writePaintCache } from '../snapshot/paint-cache';
import type { PopupSnapshot } from '../snapshot/types';
import type { Connector } from './connector';

/** Keeps the page's copy of the snapshot after painting, off the path of the frame being drawn. */
function remember(snapshot: PopupSnapshot): PopupSnapshot {
  setTimeout(() => writePaintCache(snapshot), 0);
  return snapshot;
}

/** The typed message library, from utils/messaging/protocol.ts (each page imports it: one file per page). */
type Messaging = typeof import('../messaging/protocol')['messaging'];

/** The real connector: the snapshot from local storage, actions as messages to the background. */
export function createExtensionConnector(messaging: Messaging): Connector {
  // Read once: the page's start and its first render both ask for it.
  let kept: PopupSnapshot | null | undefined;
  return {
    getSnapshot: () => pageSnapshot.get().then(remember),
    peekSnapshot: () => {
      if (kept === undefined) kept = readPaintCache();
      return kept;
    },
    subscribe: (listener) => pageSnapshot.watch((snapshot) => listener(remember(snapshot))),
    send: (action, ...data) =>
      // The protocol map types the pair; the library's overloads cannot follow a generic key.
      (messaging.sendMessage as (type: string, data?: unknown) => Promise<never>)(action, data[0]),
  };
}
