/**
 * What the extension's pages may ask of the background. UI components depend on this interface only, so they
 * are tested with a test double (tests/unit/launcher/fake-connector.ts) instead of browser APIs.
 */
import type { ProtocolMap } from '../messaging/protocol';
import type { PopupSnapshot } from '../snapshot/types';

export type Action = keyof ProtocolMap;
type ActionData<K extends Action> = Parameters<ProtocolMap[K]>[0];
type ActionResult<K extends Action> = Awaited<ReturnType<ProtocolMap[K]>>;

export interface Connector {
  /** The cached snapshot, at once: never waits on the network. */
  getSnapshot(): Promise<PopupSnapshot>;
  /** The snapshot this page last received, synchronously, to paint the first frame with; null when none. */
  peekSnapshot?(): PopupSnapshot | null;
  /** Called with each new snapshot; returns the unsubscribe function. */
  subscribe(listener: (snapshot: PopupSnapshot) => void): () => void;
  /**
   * The page answers a question on its own (`work`): a sleeping background is woken only after that answer
   * (wake-gate.ts). Absent where nothing is held (test doubles, pages that never answer on their own).
   */
  holdSendsFor?(work: Promise<unknown>): void;
  /** Asks the background to do something. */
  send<K extends Action>(
    action: K,
    ...data: ActionData<K> extends undefined ? [] : [ActionData<K>]
  ): Promise<ActionResult<K>>;
}
