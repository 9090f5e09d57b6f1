import { AdoptionOptions } from '@/components/adoption/AdoptionOptions';
import { I18nProvider } from '@/components/common/i18n';
import { PageHeader } from '@/components/common/PageHeader';
import { useSnapshot } from '@/components/common/use-snapshot';
import { PanelOption } from '@/components/companion/PanelOption';
import { ConfigOptions } from '@/components/options/ConfigOptions';
import type { Connector } from '@/utils/connector/connector';
import { localize } from '@/utils/i18n/localized-text';
import type { Language, Translate } from '@/utils/i18n/translator';

interface Props {
  connector: Connector;
  t: Translate;
  language: Language;
}

/** The options page: the ESN's header, the employee's settings first; IT's diagnostics one click away ("For IT"). */
export function App({ connector, t, language }: Props) {
  const config = useSnapshot(connector)?.config;
  return (
    <I18nProvider value={{ t, language }}>
      <PageHeader
        name={localize(config?.esnName, language)}
        logoUrl={config?.esnLogoUrl}
        homeUrl={config?.esnHomeUrl}
      />
      <main class="options page">
        <h1>{t('optionsTitle')}</h1>
        <ConfigOptions connector={connector}>
          <AdoptionOptions connector={connector} />
          <PanelOption connector={connector} firefox={import.meta.env.FIREFOX} />
        </ConfigOptions>
      </main>
    </I18nProvider>
  );
}
