import { AdoptionOptions } from '@/components/adoption/AdoptionOptions';
import { I18nProvider } from '@/components/common/i18n';
import { PanelOption } from '@/components/companion/PanelOption';
import { ConfigOptions } from '@/components/options/ConfigOptions';
import type { Connector } from '@/utils/connector/connector';
import type { Language, Translate } from '@/utils/i18n/translator';

interface Props {
  connector: Connector;
  t: Translate;
  language: Language;
}

/** The options page: the employee's settings first; IT's diagnostics one click away ("For IT"). */
export function App({ connector, t, language }: Props) {
  return (
    <I18nProvider value={{ t, language }}>
      <main>
        <h1>{t('optionsTitle')}</h1>
        <ConfigOptions connector={connector}>
          <AdoptionOptions connector={connector} />
          <PanelOption connector={connector} firefox={import.meta.env.FIREFOX} />
        </ConfigOptions>
      </main>
    </I18nProvider>
  );
}
