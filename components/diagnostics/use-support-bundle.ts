import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Connector } from '@/utils/connector/connector';
import type { SupportBundle } from '@/utils/diagnostics/types';

/** The background's support bundle, asked again whenever the background publishes a new snapshot. */
export function useSupportBundle(connector: Connector): SupportBundle | null {
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
  return bundle;
}
