import { browser } from 'wxt/browser';
import { type Language, type MessageKey, pickLanguage, type Translate } from './translator';

/** The messages without substitutions looked up so far: the catalog cannot change while a page lives, and each
 * lookup crosses the extension API's bindings (the popup's first frame asked for one key once per news item). */
const plainMessages = new Map<string, string>();

/**
 * The extension pages' translator: the browser's own _locales lookup, in the browser's UI language.
 */
export const browserTranslate: Translate = (key, substitutions) => {
  if (substitutions !== undefined) return browser.i18n.getMessage(key, substitutions) || key;
  const known = plainMessages.get(key);
  if (known !== undefined) return known;
  const message = browser.i18n.getMessage(key) || key;
  plainMessages.set(key, message);
  return message;
};

/**
 * The UI language: the build's when it was built for one (`wxt build --mode lang-fr`, see wxt.config.ts), else the
 * browser's.
 */
export function browserLanguage(): Language {
  const built: string | undefined = import.meta.env.PASSERELLE_UI_LANGUAGE;
  return pickLanguage(built || browser.i18n.getUILanguage());
}

/** Sets up an extension page in the browser's UI language: `<html lang>` and the translated title. */
export function preparePage(titleKey: MessageKey): Language {
  const language = browserLanguage();
  document.documentElement.lang = language;
  document.title = browserTranslate(titleKey);
  return language;
}
