import { baseName, parseIni } from './ini';
import type { ParseResult } from './types';

/** A Windows Internet shortcut: `[InternetShortcut]` with `URL=`; the label is the file name. */
export function parseUrlFile(fileName: string, text: string): ParseResult {
  const url = parseIni(text).get('InternetShortcut')?.get('URL');
  const label = baseName(fileName);
  if (!url)
    return { candidates: [], skipped: [{ origin: fileName, label, reason: 'no URL= line in [InternetShortcut]' }] };
  return { candidates: [{ label, url, origin: fileName }], skipped: [] };
}
