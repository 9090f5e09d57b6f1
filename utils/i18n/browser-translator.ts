import { browser } from 'wxt/browser';
import { type Language, type MessageKey, pickLanguage, type Translate } from './translator';

/** The extension pages' translator: the browser's own _locales lookup, in the browser's UI language. */
export const browserTranslate: Translate = (key, substitutions) => browser.i18n.getMessage(key, substitutions) || key;

export function browserLanguage(): Language {
  return pickLanguage(browser.i18n.getUILanguage());
}

/** Sets up an extension page in the browser's UI language: `<html lang>` and the translated title. */
export function preparePage(titleKey: MessageKey): Language {
  const language = browserLanguage();
  document.documentElement.lang = language;
  document.title = browserTranslate(titleKey);
  return language;
}
