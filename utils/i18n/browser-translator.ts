import { browser } from 'wxt/browser';
import { type Language, pickLanguage, type Translate } from './translator';

/** The extension pages' translator: the browser's own _locales lookup, in the browser's UI language. */
export const browserTranslate: Translate = (key, substitutions) => browser.i18n.getMessage(key, substitutions) || key;

export function browserLanguage(): Language {
  return pickLanguage(browser.i18n.getUILanguage());
}
