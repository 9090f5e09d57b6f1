import type { ComponentChildren } from 'preact';
import { useI18n } from '@/components/common/i18n';
import type { Diagnostics } from '@/utils/config/diagnostics';
import type { Connector } from '@/utils/connector/connector';
import { BundleActions, type SaveFile, type WriteClipboard } from './BundleActions';
import { IndicatorsSendNow } from './IndicatorsSendNow';
import { SourcesPanel } from './SourcesPanel';
import { useSupportBundle } from './use-support-bundle';

interface Props {
  connector: Connector;
  diagnostics: Diagnostics;
  writeClipboard?: WriteClipboard | undefined;
  saveFile?: SaveFile | undefined;
  /** The configuration's own facts (settings, refused values), below the sources. */
  children?: ComponentChildren;
}

/** "For IT": one click away from the employee's settings (a disclosure, keyboard operable), status first. */
export function ItSection({ connector, diagnostics, writeClipboard, saveFile, children }: Props) {
  const { t } = useI18n();
  const { bundle, reload } = useSupportBundle(connector);
  return (
    <details class="it" id="for-it" data-testid="for-it">
      <summary class="it__title">
        <h2>{t('itTitle')}</h2>
      </summary>
      <p class="options__help">{t('itIntro')}</p>
      <BundleActions diagnostics={diagnostics} bundle={bundle} writeClipboard={writeClipboard} saveFile={saveFile} />
      <SourcesPanel bundle={bundle} indicatorsActions={<IndicatorsSendNow connector={connector} onSent={reload} />} />
      {children}
    </details>
  );
}
