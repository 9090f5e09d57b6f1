import type { LocalizedText } from '../../../utils/config/schema';
import { baseName, parseIni } from './ini';
import type { ParseResult } from './types';

/** The address an application launcher opens: `xdg-open URL`, `browser --app=URL` or `browser URL`. */
function urlFromExec(exec: string): string | undefined {
  return /(https?:\/\/[^\s"']+)/i.exec(exec)?.[1];
}

function labelOf(entry: Map<string, string>, fallback: string): LocalizedText {
  const fr = entry.get('Name[fr]') ?? entry.get('Name[fr_FR]');
  const en = entry.get('Name[en]') ?? entry.get('Name[en_GB]') ?? entry.get('Name[en_US]');
  const name = entry.get('Name') ?? fallback;
  if (!fr && !en) return name;
  return { fr: fr ?? name, en: en ?? name };
}

function list(value: string | undefined): string[] {
  return (value ?? '')
    .split(';')
    .map((item) => item.trim())
    .filter(Boolean);
}

/** A Linux launcher: `Type=Link` with `URL=`, or an application whose `Exec=` opens a web address. */
export function parseDesktopFile(fileName: string, text: string): ParseResult {
  const entry = parseIni(text).get('Desktop Entry');
  const fallback = baseName(fileName);
  if (!entry)
    return { candidates: [], skipped: [{ origin: fileName, label: fallback, reason: 'no [Desktop Entry] section' }] };
  const label = labelOf(entry, fallback);
  const shown = typeof label === 'string' ? label : (label.fr ?? fallback);
  if (entry.get('Hidden') === 'true' || entry.get('NoDisplay') === 'true') {
    return {
      candidates: [],
      skipped: [{ origin: fileName, label: shown, reason: 'hidden launcher (Hidden/NoDisplay)' }],
    };
  }
  const type = entry.get('Type');
  const url = type === 'Link' ? entry.get('URL') : urlFromExec(entry.get('Exec') ?? '');
  if (!url) {
    return {
      candidates: [],
      skipped: [
        { origin: fileName, label: shown, reason: `an ${type ?? 'untyped'} launcher that opens no web address` },
      ],
    };
  }
  const [category] = list(entry.get('Categories')).filter(
    (item) => !/^(Network|WebBrowser|Office|Application)$/.test(item),
  );
  const keywords = list(entry.get('Keywords'));
  return {
    candidates: [
      { label, url, origin: fileName, ...(category && { category }), ...(keywords.length > 0 && { keywords }) },
    ],
    skipped: [],
  };
}
