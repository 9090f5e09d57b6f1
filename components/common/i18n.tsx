import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Language, Translate } from '@/utils/i18n/translator';

interface I18n {
  t: Translate;
  language: Language;
}

const I18nContext = createContext<I18n>({ t: (key) => key, language: 'en' });

export const I18nProvider = I18nContext.Provider;

/** The page's translator and language (given by the entrypoint, or by a test). */
export function useI18n(): I18n {
  return useContext(I18nContext);
}
