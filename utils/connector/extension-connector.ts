import { messaging } from '../messaging/protocol';
import { popupSnapshotItem } from '../snapshot/storage';
import type { Connector } from './connector';

/** The real connector: the snapshot from local storage, actions as messages to the background. */
export function createExtensionConnector(): Connector {
  return {
    getSnapshot: () => popupSnapshotItem.getValue(),
    subscribe: (listener) => popupSnapshotItem.watch((snapshot) => listener(snapshot)),
    send: (action, ...data) =>
      // The protocol map types the pair; the library's overloads cannot follow a generic key.
      (messaging.sendMessage as (type: string, data?: unknown) => Promise<never>)(action, data[0]),
  };
}
