import { useState } from 'preact/hooks';
import { useI18n } from '@/components/common/i18n';
import { type Diagnostics, diagnosticsText } from '@/utils/config/diagnostics';
import { sourcesText } from '@/utils/diagnostics/text';
import type { SupportBundle } from '@/utils/diagnostics/types';

export type WriteClipboard = (text: string) => Promise<void>;
/** Offers a file to save (a link with `download`): injected so tests can read what would be saved. */
export type SaveFile = (name: string, text: string) => void;

const browserClipboard: WriteClipboard = (text) => navigator.clipboard.writeText(text);

const browserSave: SaveFile = (name, text) => {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
};

interface Props {
  diagnostics: Diagnostics;
  bundle: SupportBundle | null;
  writeClipboard?: WriteClipboard | undefined;
  saveFile?: SaveFile | undefined;
}

/** "Copy diagnostics" (plain text) and "Download" (the JSON support bundle): what the hotline asks for. */
export function BundleActions({
  diagnostics,
  bundle,
  writeClipboard = browserClipboard,
  saveFile = browserSave,
}: Props) {
  const { t } = useI18n();
  const [message, setMessage] = useState('');
  async function copy() {
    try {
      const sources = bundle ? `\n\n${sourcesText(bundle)}` : '';
      await writeClipboard(`${diagnosticsText(diagnostics)}${sources}`);
      setMessage(t('configDiagCopied'));
    } catch {
      setMessage(t('configDiagCopyFailed'));
    }
  }
  function download() {
    if (!bundle) return;
    const day = new Date(bundle.generatedAt).toISOString().slice(0, 10);
    saveFile(`passerelle-diagnostics-${day}.json`, `${JSON.stringify(bundle, null, 2)}\n`);
  }
  return (
    <p class="it__actions">
      <button type="button" id="copy-diagnostics" onClick={copy}>
        {t('configDiagCopy')}
      </button>{' '}
      <button type="button" id="download-diagnostics" onClick={download} disabled={!bundle}>
        {t('itDownload')}
      </button>{' '}
      <span role="status" aria-live="polite">
        {message}
      </span>
    </p>
  );
}
