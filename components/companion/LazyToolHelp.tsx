import { type ComponentType, h } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Connector } from '@/utils/connector/connector';
import type { PopupSnapshot } from '@/utils/snapshot/types';

type Props = { snapshot: PopupSnapshot; connector: Connector };

/** The companion's one insertion point in the popup: its code loads after the first paint, off the popup's budget. */
export function LazyToolHelp(props: Props) {
  const [Help, setHelp] = useState<ComponentType<Props> | null>(null);
  useEffect(() => {
    void import('./ToolHelp').then((module) => setHelp(() => module.ToolHelp));
  }, []);
  return Help && h(Help, props);
}
