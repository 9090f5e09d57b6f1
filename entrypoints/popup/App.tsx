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

/** The toolbar popup: paints the cached snapshot at once, then follows the background's changes. */
export function App({ connector, t, language }: Props) {
  const snapshot = useSnapshot(connector);
  return (
    <I18nProvider value={{ t, language }}>
      {snapshot ? <PopupBody snapshot={snapshot} connector={connector} /> : <p aria-busy="true">{t('loading')}</p>}
    </I18nProvider>
  );
}
