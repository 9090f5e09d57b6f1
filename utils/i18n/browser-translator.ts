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
