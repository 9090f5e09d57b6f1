import { I18nProvider } from '@/components/common/i18n';
import { useSnapshot } from '@/components/common/use-snapshot';
import { PopupBody } from '@/components/popup/PopupBody';
import type { Connector } from '@/utils/connector/connector';
import type { Language, Translate } from '@/utils/i18n/translator';

interface Props {
  connector: Connector;
  t: Translate;
  language: Language;
}

/** The side panel: the popup's own body from the same snapshot, while the organisation's flag is on. */
export function App({ connector, t, language }: Props) {
  const snapshot = useSnapshot(connector);
  return (
    <I18nProvider value={{ t, language }}>
      {!snapshot ? (
        <p aria-busy="true">{t('loading')}</p>
      ) : snapshot.config.features.sidePanel ? (
        <div class="sidepanel" data-testid="sidepanel">
          <PopupBody snapshot={snapshot} connector={connector} />
        </div>
      ) : (
        <main data-testid="sidepanel-off">
          <h1>{t('sidepanelTitle')}</h1>
          <p>{t('sidepanelOff')}</p>
        </main>
      )}
    </I18nProvider>
  );
}
