import { render } from 'preact';
import { createExtensionConnector } from '@/utils/connector/extension-connector';
import { browserTranslate, preparePage } from '@/utils/i18n/browser-translator';
import { App } from './App';

const language = preparePage('optionsTitle');
render(
  <App connector={createExtensionConnector()} t={browserTranslate} language={language} />,
  document.getElementById('app') as HTMLElement,
);
