/**
 * What the pages' translator does, over a _locales catalog, without the browser: components render in tests in
 * either language. Chrome's $1…$9 substitutions.
 */
import type { Translate } from '@/utils/i18n/translator';

type Catalog = Record<string, { message: string }>;

export function catalogTranslator(catalog: Catalog): Translate {
  return (key, substitutions) => {
    const list = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    const template = catalog[key]?.message ?? key;
    return template.replace(/\$(\d)/g, (_, index: string) => list[Number(index) - 1] ?? '');
  };
}
