import { useI18n } from '@/components/common/i18n';
import type { Connector } from '@/utils/connector/connector';
import { ConfigUrlForm } from './ConfigUrlForm';
import type { WriteClipboard } from './CopyDiagnosticsButton';
import { DiagnosticsPanel } from './DiagnosticsPanel';
import { PersonalSettings } from './PersonalSettings';
import { useDiagnostics } from './use-diagnostics';
import './options.css';

interface Props {
  connector: Connector;
  writeClipboard?: WriteClipboard;
}

/** The configuration part of the options page: the user's own settings, then the diagnostics. */
export function ConfigOptions({ connector, writeClipboard }: Props) {
  const { t } = useI18n();
  const { state, reload } = useDiagnostics(connector);
  if (state.status === 'loading') return <p aria-busy="true">{t('loading')}</p>;
  if (state.status === 'error') return <p role="alert">{t('configDiagUnavailable', state.message)}</p>;
  const refresh = () => {
    void connector.send('refreshConfig').finally(reload);
  };
  return (
    <>
      <ConfigUrlForm connector={connector} diagnostics={state.diagnostics} onSaved={reload} />
      <PersonalSettings connector={connector} settings={state.diagnostics.settings} onSaved={reload} />
      <DiagnosticsPanel
        diagnostics={state.diagnostics}
        onRefresh={refresh}
        {...(writeClipboard ? { writeClipboard } : {})}
      />
    </>
  );
}
