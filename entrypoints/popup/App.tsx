import { I18nProvider } from '@/components/common/i18n';
import { useSnapshot } from '@/components/common/use-snapshot';
import { PopupBody } from '@/components/popup/PopupBody';
import type { Connector } from '@/utils/connector/connector';
import type { Language, Translate } from '@/utils/i18n/translator';
import type { TitlesAtStart } from '@/utils/sections/first-pass-reader';

interface Props {
  connector: Connector;
  t: Translate;
  language: Language;
  /** Shown in the side panel: only while the organisation's sidePanel flag is on. */
  panel?: boolean;
  /** The sections' titles, read as the page started. */
  sectionTitles?: TitlesAtStart;
}

/** The toolbar popup: paints the cached snapshot at once, then follows the background's changes. */
export function App({ connector, t, language, panel = false, sectionTitles }: Props) {
  const snapshot = useSnapshot(connector);
  return (
    <I18nProvider value={{ t, language }}>
      {!snapshot ? (
        <p aria-busy="true">{t('loading')}</p>
      ) : panel && !snapshot.config.features.sidePanel ? (
        <p data-testid="sidepanel-off">{t('sidepanelOff')}</p>
      ) : (
        <PopupBody snapshot={snapshot} connector={connector} sectionTitles={sectionTitles} />
      )}
    </I18nProvider>
  );
}
