import type { ComponentChildren } from 'preact';
import { useI18n } from '@/components/common/i18n';
import type { SaveFile, WriteClipboard } from '@/components/diagnostics/BundleActions';
import { ItSection } from '@/components/diagnostics/ItSection';
import type { Connector } from '@/utils/connector/connector';
import { ConfigUrlForm } from './ConfigUrlForm';
import { DiagnosticsPanel } from './DiagnosticsPanel';
import { PersonalSettings } from './PersonalSettings';
import { useDiagnostics } from './use-diagnostics';
import './options.css';

interface Props {
  connector: Connector;
  writeClipboard?: WriteClipboard;
  saveFile?: SaveFile;
  /** The employee's other settings, shown before the IT section. */
  children?: ComponentChildren;
}

/** The options page's body: the employee's settings first, then "For IT" one click away. */
export function ConfigOptions({ connector, writeClipboard, saveFile, children }: Props) {
  const { t } = useI18n();
  const { state, reload } = useDiagnostics(connector);
  if (state.status === 'loading') {
    return (
      <>
        <p aria-busy="true">{t('loading')}</p>
        {children}
      </>
    );
  }
  if (state.status === 'error') {
    return (
      <>
        <p role="alert">{t('configDiagUnavailable', state.message)}</p>
        {children}
      </>
    );
  }
  // The configuration first: it says where the sections index is. Each outcome shows in the diagnostics.
  const refresh = () => {
    void connector
      .send('refreshConfig')
      .catch(() => undefined)
      .then(() => connector.send('refreshSections'))
      .catch(() => undefined)
      .finally(reload);
  };
  return (
    <>
      <ConfigUrlForm connector={connector} diagnostics={state.diagnostics} onSaved={reload} />
      <PersonalSettings connector={connector} settings={state.diagnostics.settings} onSaved={reload} />
      {children}
      <ItSection
        connector={connector}
        diagnostics={state.diagnostics}
        writeClipboard={writeClipboard}
        saveFile={saveFile}
      >
        <DiagnosticsPanel diagnostics={state.diagnostics} onRefresh={refresh} />
      </ItSection>
    </>
  );
}
