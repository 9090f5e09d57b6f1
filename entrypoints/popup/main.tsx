import { render } from 'preact';
import { createExtensionConnector } from '@/utils/connector/extension-connector';
import { browserLanguage, browserTranslate } from '@/utils/i18n/browser-translator';
import { App } from './App';

const language = browserLanguage();
document.documentElement.lang = language;
document.title = browserTranslate('popupTitle');
render(
  <App connector={createExtensionConnector()} t={browserTranslate} language={language} />,
  document.getElementById('app') as HTMLElement,
);
