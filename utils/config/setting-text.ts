import type { Translate } from '@/utils/i18n/translator';

const LIMIT = 300;

/**
 * A setting's value as an administrator reads it in the options page's table: words for on/off, lists joined,
 * labels per language, nested settings as "key: value" — never raw JSON. Long values end with an ellipsis.
 */
export function settingText(value: unknown, t: Translate): string {
  const text = describe(value, t);
  return text.length > LIMIT ? `${text.slice(0, LIMIT)}…` : text;
}

function describe(value: unknown, t: Translate): string {
  if (value === undefined || value === null || value === '') return '—';
  if (typeof value === 'boolean') return t(value ? 'configDiagOn' : 'configDiagOff');
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return '—';
    return value.every((item) => typeof item === 'string' || typeof item === 'number')
      ? value.join(', ')
      : t('configDiagItems', String(value.length));
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, item]) => item !== undefined);
    if (entries.length === 0) return '—';
    return entries.map(([key, item]) => `${key} = ${describe(item, t)}`).join(' · ');
  }
  return String(value);
}
