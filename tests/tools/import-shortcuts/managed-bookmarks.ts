import type { ParseResult, ShortcutCandidate, SkippedShortcut } from './types';

/**
 * Chrome's `ManagedBookmarks` policy value: an array of `{ toplevel_name }`, `{ name, url }` and
 * `{ name, children: [...] }`. Accepts the bare array or a policy file around it.
 */
export function parseManagedBookmarks(fileName: string, text: string): ParseResult {
  const skipped: SkippedShortcut[] = [];
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { candidates: [], skipped: [{ origin: fileName, reason: `not valid JSON (${String(error)})` }] };
  }
  if (!Array.isArray(data) && typeof data === 'object' && data !== null && 'ManagedBookmarks' in data) {
    data = data.ManagedBookmarks;
  }
  if (!Array.isArray(data)) {
    return { candidates: [], skipped: [{ origin: fileName, reason: 'not a ManagedBookmarks array' }] };
  }
  const candidates: ShortcutCandidate[] = [];
  const walk = (nodes: unknown[], category: string | undefined, path: string) => {
    nodes.forEach((node, position) => {
      const origin = `${fileName} ${path}[${position}]`;
      if (typeof node !== 'object' || node === null) {
        skipped.push({ origin, reason: 'not an object' });
        return;
      }
      const record = node as Record<string, unknown>;
      if ('toplevel_name' in record) return;
      const name = typeof record.name === 'string' ? record.name.trim() : '';
      if (Array.isArray(record.children)) {
        walk(record.children, name || category, `${path}[${position}].children`);
      } else if (typeof record.url === 'string') {
        candidates.push({ label: name || record.url, url: record.url, origin, ...(category && { category }) });
      } else {
        skipped.push({ origin, ...(name && { label: name }), reason: 'neither a url nor children' });
      }
    });
  };
  walk(data, undefined, '');
  return { candidates, skipped };
}
