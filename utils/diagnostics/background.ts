/** The diagnostics capability in the background: answers the options page with the support bundle. */
import type { ConfigBackground } from '../config/background';
import { browserLanguage } from '../i18n/browser-translator';
import type { HandleMessage } from '../messaging/handle';
import { buildSupportBundle } from './bundle';
import { collectSources } from './collect';
import { storageReaders } from './readers';

export function startDiagnostics(handleMessage: HandleMessage, configuration: ConfigBackground): void {
  handleMessage('getSupportBundle', async () => {
    const [config, policyValues, sources] = await Promise.all([
      configuration.diagnostics(),
      configuration.receivedPolicyValues(),
      collectSources(storageReaders(browserLanguage())),
    ]);
    return buildSupportBundle({ diagnostics: config, policyValues, sources });
  });
}
