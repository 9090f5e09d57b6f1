import { useEffect, useState } from 'preact/hooks';
import type { Connector } from '@/utils/connector/connector';
import type { PopupSnapshot } from '@/utils/snapshot/types';

/** The cached snapshot (null only until the first storage read), then every change the background publishes. */
export function useSnapshot(connector: Connector): PopupSnapshot | null {
  const [snapshot, setSnapshot] = useState<PopupSnapshot | null>(null);
  useEffect(() => {
    let live = true;
    const unsubscribe = connector.subscribe((next) => live && setSnapshot(next));
    connector.getSnapshot().then((first) => live && setSnapshot((current) => current ?? first));
    return () => {
      live = false;
      unsubscribe();
    };
  }, [connector]);
  return snapshot;
}
