import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { PageHelp } from '@/utils/companion/help-view';
import type { Connector } from '@/utils/connector/connector';
import type { PopupSnapshot } from '@/utils/snapshot/types';
import type { ToolHelpPanelProps } from './ToolHelpPanel';

interface Props {
  snapshot: PopupSnapshot;
  connector: Connector;
}

/**
 * The top of the popup and the panel: help for the tool (or the relocated section) on screen. It asks the
 * background once, and loads its panel's code only when there is help to show (the popup's budget is tight).
 */
export function ToolHelp({ snapshot, connector }: Props) {
  const [help, setHelp] = useState<PageHelp | null>(null);
  const [Panel, setPanel] = useState<ComponentType<ToolHelpPanelProps> | null>(null);
  useEffect(() => {
    let live = true;
    void connector
      .send('getPageHelp')
      .then(async (found) => {
        if (!found || !live) return;
        const module = await import('./ToolHelpPanel');
        if (!live) return;
        setPanel(() => module.ToolHelpPanel);
        setHelp(found);
      })
      // No help is a normal state: the popup shows the rest as usual.
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [connector]);
  return help && Panel ? <Panel help={help} adoption={snapshot.adoption} /> : null;
}
