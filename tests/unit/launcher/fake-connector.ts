import type { Connector } from '@/utils/connector/connector';
import { EMPTY_SNAPSHOT, type PopupSnapshot } from '@/utils/snapshot/types';

export interface SentAction {
  action: string;
  data: unknown;
}

/** A connector test double: records what the UI asks of the background. */
export function fakeConnector(snapshot: PopupSnapshot = EMPTY_SNAPSHOT): Connector & { sent: SentAction[] } {
  const sent: SentAction[] = [];
  return {
    sent,
    getSnapshot: () => Promise.resolve(snapshot),
    subscribe: () => () => {},
    send: (action, ...data) => {
      sent.push({ action, data: data[0] });
      return Promise.resolve(undefined as never);
    },
  };
}
