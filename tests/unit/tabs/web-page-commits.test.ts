import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { onWebPageCommitted } from '@/utils/tabs/web-page-commits';

type Details = { tabId: number; frameId: number; url: string };
type Listener = (details: Details) => void;
const EVENTS = ['onCommitted', 'onHistoryStateUpdated', 'onReferenceFragmentUpdated'] as const;

/** A webNavigation that records each listener with the filter it was added with. */
function fakeWebNavigation() {
  const added = new Map<string, Array<{ listener: Listener; filter: unknown }>>();
  const api = Object.fromEntries(
    EVENTS.map((event) => [
      event,
      {
        addListener: (listener: Listener, filter: unknown) => {
          added.set(event, [...(added.get(event) ?? []), { listener, filter }]);
        },
      },
    ]),
  );
  Object.assign(fakeBrowser, { webNavigation: api });
  const fire = (event: (typeof EVENTS)[number], details: Details) => {
    for (const { listener } of added.get(event) ?? []) listener(details);
  };
  return { added, fire };
}

function withHosts(hostPermissions: string[]) {
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
    manifest_version: 3,
    name: 'P',
    version: '1.0.0',
    host_permissions: hostPermissions,
  });
}

describe('onWebPageCommitted', () => {
  let navigation: ReturnType<typeof fakeWebNavigation>;
  beforeEach(() => {
    navigation = fakeWebNavigation();
  });
  afterEach(() => {
    Reflect.deleteProperty(fakeBrowser, 'webNavigation');
  });

  it('listens to page loads and address changes, filtered by the host permissions, main frames only', () => {
    withHosts(['https://*/*', 'http://127.0.0.1/*']);
    const shown: Array<[number, string]> = [];
    onWebPageCommitted((tabId, url) => shown.push([tabId, url]));

    const filter = { url: [{ schemes: ['https'] }, { schemes: ['http'], hostEquals: '127.0.0.1' }] };
    for (const event of EVENTS) expect(navigation.added.get(event)?.map((added) => added.filter)).toEqual([filter]);
    navigation.fire('onCommitted', { tabId: 3, frameId: 0, url: 'https://esn.example/news/41' });
    navigation.fire('onCommitted', { tabId: 3, frameId: 7, url: 'https://ads.example/frame' });
    navigation.fire('onHistoryStateUpdated', { tabId: 3, frameId: 0, url: 'https://esn.example/news/42' });
    navigation.fire('onReferenceFragmentUpdated', { tabId: 4, frameId: 0, url: 'https://esn.example/news/42#c' });
    expect(shown).toEqual([
      [3, 'https://esn.example/news/41'],
      [3, 'https://esn.example/news/42'],
      [4, 'https://esn.example/news/42#c'],
    ]);
  });

  it('listens to nothing when the build may see no web page', () => {
    withHosts(['file:///*']);
    onWebPageCommitted(() => undefined);
    expect(navigation.added.size).toBe(0);
  });
});
