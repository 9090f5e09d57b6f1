import { useLayoutEffect, useState } from 'preact/hooks';
import type { Connector } from '@/utils/connector/connector';
import type { PopupSnapshot } from '@/utils/snapshot/types';

/**
 * The snapshot the page last received (painted in the first frame), then the stored one, then every change the
 * background publishes. null only while there is neither.
 */
export function useSnapshot(connector: Connector): PopupSnapshot | null {
  const [snapshot, setSnapshot] = useState<PopupSnapshot | null>(() => connector.peekSnapshot?.() ?? null);
  // A layout effect runs as the first frame is committed, not after it is shown: with no copy kept, the stored read
  // starts a frame earlier, and nothing can be published between this render and the subscription.
  useLayoutEffect(() => {
    let live = true;
    // A change published while the first read is on its way is newer than what that read returns.
    let changed = false;
    const unsubscribe = connector.subscribe((next) => {
      changed = true;
      if (live) setSnapshot(next);
    });
    connector.getSnapshot().then((first) => live && !changed && setSnapshot(first));
    return () => {
      live = false;
      unsubscribe();
    };
  }, [connector]);
  return snapshot;
}
