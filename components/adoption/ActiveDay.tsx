import { useEffect } from 'preact/hooks';
import type { Connector } from '@/utils/connector/connector';

/** Opening the popup marks today as a day Passerelle was used (counted only when indicators are on). */
export function ActiveDay({ connector }: { connector: Connector }) {
  useEffect(() => {
    connector.send('recordIndicator', { kind: 'active' }).catch(() => undefined);
  }, [connector]);
  return null;
}
