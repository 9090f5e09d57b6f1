import { nativeBrowser } from '../connector/native-browser';
import { type Language, type MessageKey, pickLanguage, type Translate } from './translator';

/**
 * The extension pages' translator: the browser's own _locales lookup, in the browser's UI language. Through the
 * native API, not the polyfill: the popup translates its first frame before anything else has loaded.
 */
export const browserTranslate: Translate = (key, substitutions) =>
  nativeBrowser().i18n.getMessage(key, substitutions) || key;

/**
 * The UI language: the build's when it was built for one (`wxt build --mode lang-fr`, see wxt.config.ts), else the
 * browser's.
 */
export function browserLanguage(): Language {
  const built: string | undefined = import.meta.env.PASSERELLE_UI_LANGUAGE;
  return pickLanguage(built || nativeBrowser().i18n.getUILanguage());
}

/** Sets up an extension page in the browser's UI language: `<html lang>` and the translated title. */
export function preparePage(titleKey: MessageKey): Language {
  const language = browserLanguage();
  document.documentElement.lang = language;
  document.title = browserTranslate(titleKey);
  return language;
}
