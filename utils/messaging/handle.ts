import { browser } from 'wxt/browser';
import { messaging, type ProtocolMap } from './protocol';

type Handler<K extends keyof ProtocolMap> = (
  data: Parameters<ProtocolMap[K]>[0],
) => ReturnType<ProtocolMap[K]> | Promise<ReturnType<ProtocolMap[K]>>;

/** How a capability registers its handlers: handed to it by the background entrypoint, so tests can hand their own. */
export type HandleMessage = typeof handleMessage;

/**
 * Registers a background handler that answers only the extension's own pages: a web page or another
 * extension can never drive Passerelle.
 */
export function handleMessage<K extends keyof ProtocolMap>(type: K, handler: Handler<K>): void {
  const ownOrigin = browser.runtime.getURL('/');
  messaging.onMessage(type, (message) => {
    const { sender } = message;
    if (sender.id !== browser.runtime.id || (sender.url !== undefined && !sender.url.startsWith(ownOrigin))) {
      throw new Error(`Refused "${String(type)}" from ${sender.url ?? 'an unknown sender'}`);
    }
    // The library types every handler's data through a conditional type; ours is the same type.
    return handler(message.data as Parameters<ProtocolMap[K]>[0]) as never;
  });
}
