import { useEffect, useState } from 'preact/hooks';
import type { Connector } from '@/utils/connector/connector';
import type { PopupSnapshot } from '@/utils/snapshot/types';

/**
 * The snapshot the page last received (painted in the first frame), then the stored one, then every change the
 * background publishes. null only while there is neither.
 */
export function useSnapshot(connector: Connector): PopupSnapshot | null {
  const [snapshot, setSnapshot] = useState<PopupSnapshot | null>(() => connector.peekSnapshot?.() ?? null);
  useEffect(() => {
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
