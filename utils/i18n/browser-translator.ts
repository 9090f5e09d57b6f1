import { browser } from 'wxt/browser';
import { oncePerKey } from './once-per-key';
import { type Language, type MessageKey, pickLanguage, type Translate } from './translator';

/** A message without substitutions, looked up once: each lookup crosses the extension API's bindings (the popup's
 * first frame asked for one key once per news item). */
const plainMessage = oncePerKey((key: MessageKey) => browser.i18n.getMessage(key) || key);

/**
 * The extension pages' translator: the browser's own _locales lookup, in the browser's UI language.
 */
export const browserTranslate: Translate = (key, substitutions) =>
  substitutions === undefined ? plainMessage(key) : browser.i18n.getMessage(key, substitutions) || key;

/**
 * The UI language: that of the catalog the browser picked (its "uiLanguage" message), so that dates and the
 * organisation's texts follow the words around them. A build in a chosen language (tests, `npm start -- --lang fr`)
 * is the same code with that language's catalog in every locale folder. Asked afresh each time: a page asks once.
 */
export function browserLanguage(): Language {
  return pickLanguage(browser.i18n.getMessage('uiLanguage'));
}

/** Sets up an extension page in the browser's UI language: `<html lang>` and the translated title. */
export function preparePage(titleKey: MessageKey): Language {
  const language = browserLanguage();
  document.documentElement.lang = language;
  document.title = browserTranslate(titleKey);
  return language;
}
