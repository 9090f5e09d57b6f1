import { pageSnapshot } from '../snapshot/page-view';
import { readPaintCache, writePaintCache } from '../snapshot/paint-cache';
import type { PopupSnapshot } from '../snapshot/types';
import type { Connector } from './connector';
import { nativeBrowser } from './native-browser';

/** Keeps the page's copy of the snapshot after painting, off the path of the frame being drawn. */
function remember(snapshot: PopupSnapshot, version: string): PopupSnapshot {
  setTimeout(() => writePaintCache(snapshot, version), 0);
  return snapshot;
}

type MessagingModule = typeof import('../messaging/protocol');

/**
 * Loads the message library once, on the first action: each page passes `() => import('…/protocol')`, so the
 * library (and the polyfill it brings) is not in the code a page parses before its first paint. The import sits in
 * the page's own file because the bundler keeps shared code that holds one apart (a round trip more per page).
 * A failed load is tried again at the next action.
 */
function onFirstUse(load: () => Promise<MessagingModule>): () => Promise<MessagingModule> {
  let loading: Promise<MessagingModule> | null = null;
  return () => {
    loading ??= load().catch((error: unknown) => {
      loading = null;
      throw error;
    });
    return loading;
  };
}

/** The real connector: the snapshot from local storage, actions as messages to the background. */
export function createExtensionConnector(loadMessaging: () => Promise<MessagingModule>): Connector {
  const messagingModule = onFirstUse(loadMessaging);
  const version = nativeBrowser().runtime.getManifest().version;
  return {
    getSnapshot: () => pageSnapshot.get().then((snapshot) => remember(snapshot, version)),
    peekSnapshot: () => readPaintCache(version),
    subscribe: (listener) => pageSnapshot.watch((snapshot) => listener(remember(snapshot, version))),
    send: (action, ...data) =>
      messagingModule().then(({ messaging }) =>
        // The protocol map types the pair; the library's overloads cannot follow a generic key.
        (messaging.sendMessage as (type: string, data?: unknown) => Promise<never>)(action, data[0]),
      ),
  };
}
