import { useEffect, useState } from 'preact/hooks';
import type { PageHelp } from '@/utils/companion/help-view';
import type { Connector } from '@/utils/connector/connector';
import type { PopupSnapshot } from '@/utils/snapshot/types';
import { ToolHelpPanel } from './ToolHelpPanel';

interface Props {
  snapshot: PopupSnapshot;
  connector: Connector;
}

/**
 * The top of the popup and the panel: help for the tool (or the relocated section) on screen. It asks the
 * background once; the popup loads this code after its first paint (LazyToolHelp).
 */
export function ToolHelp({ snapshot, connector }: Props) {
  const [help, setHelp] = useState<PageHelp | null>(null);
  useEffect(() => {
    let live = true;
    void connector
      .send('getPageHelp')
      .then((found) => {
        if (live) setHelp(found);
      })
      // No help is a normal state: the popup shows the rest as usual.
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [connector]);
  return help ? <ToolHelpPanel help={help} adoption={snapshot.adoption} /> : null;
}
