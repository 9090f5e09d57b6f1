import { browserKindOf } from '@/utils/adoption/pin';
import type { Connector } from '@/utils/connector/connector';
import type { PopupSnapshot } from '@/utils/snapshot/types';
import { ActiveDay } from './ActiveDay';
import { CharterBanner } from './CharterBanner';
import { HelpFooter } from './HelpFooter';
import { WhatsNewNotes } from './WhatsNewNotes';
import './adoption.css';

interface Props {
  snapshot: PopupSnapshot;
  connector: Connector;
}

/** The top of the popup: the charter banner until accepted, and the notes about features turned on. */
export function PopupAdoptionTop({ snapshot, connector }: Props) {
  return (
    <>
      <ActiveDay connector={connector} />
      <CharterBanner charter={snapshot.adoption.charter} connector={connector} />
      <WhatsNewNotes features={snapshot.adoption.whatsNew} connector={connector} />
    </>
  );
}

/** The foot of the popup: help, hotline and feedback. */
export function PopupAdoptionFooter({ snapshot }: Pick<Props, 'snapshot'>) {
  return <HelpFooter snapshot={snapshot} browserName={browserKindOf(import.meta.env.BROWSER, navigator.userAgent)} />;
}
