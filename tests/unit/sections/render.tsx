import { cleanup, render } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { afterEach } from 'vitest';
import { I18nProvider } from '@/components/common/i18n';
import type { Language } from '@/utils/i18n/translator';
import en from '../../../public/_locales/en/messages.json';
import fr from '../../../public/_locales/fr/messages.json';
import { catalogTranslator } from '../i18n/catalog-translator';

afterEach(() => cleanup());

/** Renders in one language with the real catalogs. */
export function renderIn(language: Language, ui: ComponentChildren) {
  const t = catalogTranslator(language === 'fr' ? fr : en);
  return render(<I18nProvider value={{ t, language }}>{ui}</I18nProvider>);
}
