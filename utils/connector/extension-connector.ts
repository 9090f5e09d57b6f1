import { pageSnapshot } from '../snapshot/page-view';
import { readPaintCache, writePaintCache } from '../snapshot/paint-cache';
import type { PopupSnapshot } from '../snapshot/types';
import type { Connector } from './connector';
import type { WakeGate } from './wake-gate';

/** The typed message library, from utils/messaging/protocol.ts (each page imports it: one file per page). */
type Messaging = typeof import('../messaging/protocol')['messaging'];

/**
 * The real connector: the snapshot from local storage, actions as messages to the background. With a wake gate
 * (the popup's), messages wait while the page answers a question on its own and the background sleeps.
 */
export function createExtensionConnector(messaging: Messaging, wakeGate?: WakeGate): Connector {
  // The paint cache is read once (the page's start and its first render both ask), then follows what arrives.
  let kept: PopupSnapshot | null | undefined;
  let keptText: string | undefined;
  /**
   * Keeps the page's copy of the snapshot; the paint cache is written after painting, off the frame being drawn.
   * A snapshot equal to the copy is the copy itself: the page does not paint again what it shows (at most openings,
   * the stored snapshot arrives equal to the copy the first frame was painted from).
   */
  const remember = (snapshot: PopupSnapshot): PopupSnapshot => {
    const text = JSON.stringify(snapshot);
    if (kept && keptText === undefined) keptText = JSON.stringify(kept);
    if (kept && text === keptText) return kept;
    kept = snapshot;
    keptText = text;
    setTimeout(() => writePaintCache(snapshot), 0);
    return snapshot;
  };
  return {
    getSnapshot: () => pageSnapshot.get().then(remember),
    peekSnapshot: () => {
      // Checked against undefined, not null: a page with no copy kept reads the cache once too.
      if (kept === undefined) kept = readPaintCache();
      return kept;
    },
    subscribe: (listener) => pageSnapshot.watch((snapshot) => listener(remember(snapshot))),
    holdSendsFor: wakeGate && ((work) => wakeGate.holdFor(work)),
    send: (action, ...data) => {
      // The protocol map types the pair; the library's overloads cannot follow a generic key.
      const send = () => (messaging.sendMessage as (type: string, data?: unknown) => Promise<never>)(action, data[0]);
      return wakeGate ? wakeGate.beforeSend().then(send) : send();
    },
  };
}
