import { useState } from 'preact/hooks';
import { useI18n } from '@/components/common/i18n';
import { type Diagnostics, diagnosticsText } from '@/utils/config/diagnostics';

export type WriteClipboard = (text: string) => Promise<void>;

const browserClipboard: WriteClipboard = (text) => navigator.clipboard.writeText(text);

/** Copies the whole diagnostics as plain text for the hotline. */
export function CopyDiagnosticsButton({
  diagnostics,
  writeClipboard = browserClipboard,
}: {
  diagnostics: Diagnostics;
  writeClipboard?: WriteClipboard;
}) {
  const { t } = useI18n();
  const [message, setMessage] = useState('');
  async function copy() {
    try {
      await writeClipboard(diagnosticsText(diagnostics));
      setMessage(t('configDiagCopied'));
    } catch {
      setMessage(t('configDiagCopyFailed'));
    }
  }
  return (
    <p>
      <button type="button" id="copy-diagnostics" onClick={copy}>
        {t('configDiagCopy')}
      </button>{' '}
      <span role="status" aria-live="polite">
        {message}
      </span>
    </p>
  );
}
