import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PageBoundary } from '@/components/common/PageBoundary';
import { browserKindOf } from '@/utils/adoption/pin';
import { createExtensionConnector } from '@/utils/connector/extension-connector';
import { browserTranslate, preparePage } from '@/utils/i18n/browser-translator';
import { messaging } from '@/utils/messaging/protocol';
import { clearPaintCache } from '@/utils/snapshot/paint-cache';
import { App } from './App';

const language = preparePage('adoptionWelcomeTitle');

async function isOnToolbar(): Promise<boolean | undefined> {
  // action.getUserSettings: Chrome 91+, Firefox 118+; older browsers cannot tell.
  if (typeof browser.action?.getUserSettings !== 'function') return undefined;
  const settings = await browser.action.getUserSettings();
  return settings.isOnToolbar;
}

async function closeThisTab(): Promise<void> {
  const tab = await browser.tabs.getCurrent();
  if (tab?.id !== undefined) await browser.tabs.remove(tab.id);
}

render(
  <PageBoundary onFailure={() => clearPaintCache()}>
    <App
      connector={createExtensionConnector(messaging)}
      t={browserTranslate}
      language={language}
      browserKind={browserKindOf(import.meta.env.BROWSER, navigator.userAgent)}
      isOnToolbar={isOnToolbar}
      openedByInstall={new URLSearchParams(location.search).has('install')}
      onLeave={(target) => {
        if (target.kind === 'url') location.replace(target.url);
        else void closeThisTab().catch(() => undefined);
      }}
    />
  </PageBoundary>,
  document.getElementById('app') as HTMLElement,
);
