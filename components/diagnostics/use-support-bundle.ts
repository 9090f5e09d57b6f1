import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Connector } from '@/utils/connector/connector';
import type { SupportBundle } from '@/utils/diagnostics/types';

/**
 * The background's support bundle, asked again whenever the background publishes a new snapshot, and on `reload`
 * (after an action whose outcome the snapshot does not carry).
 */
export function useSupportBundle(connector: Connector): { bundle: SupportBundle | null; reload: () => void } {
  const [bundle, setBundle] = useState<SupportBundle | null>(null);
  const reload = useCallback(() => {
    connector
      .send('getSupportBundle')
      .then((answer) => setBundle(answer ?? null))
      .catch(() => undefined);
  }, [connector]);
  useEffect(() => {
    reload();
    return connector.subscribe(() => reload());
  }, [connector, reload]);
  return { bundle, reload };
}
