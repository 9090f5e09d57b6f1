import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CONFIG_ALARM, startConfig as startConfigBackground } from '@/utils/config/background';
import type { Diagnostics } from '@/utils/config/diagnostics';
import { configDocumentItem } from '@/utils/config/document-store';
import { effectiveConfigItem } from '@/utils/config/storage';
import { userSettingsItem } from '@/utils/config/user-settings';
import { popupSnapshotItem } from '@/utils/snapshot/storage';
import { recordingHandlers } from '../message-handlers';
import { answerKeysSorted, writtenKeys } from '../storage/keys-sorted';

const DOC_URL = 'https://esn.example/passerelle/config.json';
const tool = (id: string) => ({ id, label: id, url: `https://${id}.example/` });

function serveDocument(body: () => unknown): ReturnType<typeof vi.fn> {
  const fetchMock = vi.fn(
    async () => new Response(JSON.stringify(body()), { headers: { 'content-type': 'application/json' } }),
  );
  // A spy, not vi.stubGlobal: unstubbing all globals would also remove WXT's fake browser from the shared graph.
  vi.spyOn(globalThis, 'fetch').mockImplementation(fetchMock);
  return fetchMock;
}

let handlers = recordingHandlers().handlers;

/** A fresh background each time, with a registrar of the test's own. */
async function startConfig(): Promise<void> {
  const registrar = recordingHandlers();
  handlers = registrar.handlers;
  startConfigBackground(registrar.handleMessage);
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('startConfig', () => {
  it('applies policy › document and publishes the config slice', async () => {
    serveDocument(() => ({ esn: { name: 'La Ruche' }, tools: [tool('notes')], features: { news: true } }));
    await fakeBrowser.storage.managed.set({ configUrl: DOC_URL, features: { news: false } });
    await startConfig();
    await vi.waitFor(async () => expect((await effectiveConfigItem.getValue()).tools).toHaveLength(1));
    const config = await effectiveConfigItem.getValue();
    expect(config.configUrl).toBe(DOC_URL);
    expect(config.features.news).toBe(false);
    expect(config.provenance).toMatchObject({ configUrl: 'policy', 'features.news': 'policy', tools: 'document' });
    await vi.waitFor(async () =>
      expect((await popupSnapshotItem.getValue()).config).toMatchObject({
        configured: true,
        esnName: 'La Ruche',
        sync: { state: 'ok' },
      }),
    );
    expect(await fakeBrowser.alarms.get(CONFIG_ALARM)).toMatchObject({ periodInMinutes: 15 });
  });

  it('applies a policy reload live (storage.onChanged, area managed)', async () => {
    serveDocument(() => ({ tools: [tool('notes')] }));
    await fakeBrowser.storage.managed.set({ configUrl: DOC_URL });
    await startConfig();
    await vi.waitFor(async () => expect((await effectiveConfigItem.getValue()).tools).toHaveLength(1));
    await fakeBrowser.storage.managed.set({ features: { launcher: false } });
    await vi.waitFor(async () => expect((await effectiveConfigItem.getValue()).features.launcher).toBe(false));
  });

  it('uses the user’s address when there is no policy, and keeps the last good document on garbage', async () => {
    let body: unknown = { tools: [tool('notes')] };
    const fetchMock = vi.fn(async () => new Response(typeof body === 'string' ? body : JSON.stringify(body)));
    vi.spyOn(globalThis, 'fetch').mockImplementation(fetchMock);
    await userSettingsItem.setValue({ configUrl: DOC_URL });
    await startConfig();
    await vi.waitFor(async () => expect((await effectiveConfigItem.getValue()).tools).toHaveLength(1));
    body = 'this is not JSON';
    await fakeBrowser.alarms.onAlarm.trigger({
      name: CONFIG_ALARM,
      scheduledTime: Date.now(),
      periodInMinutes: 15,
      persistAcrossSessions: false,
    });
    await vi.waitFor(async () => expect((await popupSnapshotItem.getValue()).config.sync.state).toBe('stale'));
    expect((await effectiveConfigItem.getValue()).tools.map((t) => t.id)).toEqual(['notes']);
    expect((await configDocumentItem.getValue())?.body).toEqual({ tools: [tool('notes')] });
  });

  it('refreshed and finding the same document, does not write the effective configuration again (keys read back sorted)', async () => {
    serveDocument(() => ({ esn: { name: 'La Ruche' }, tools: [tool('notes')], features: { news: true } }));
    await fakeBrowser.storage.managed.set({ configUrl: DOC_URL });
    await startConfig();
    // The start's run ends with the config slice.
    await vi.waitFor(async () => expect((await popupSnapshotItem.getValue()).config.esnName).toBe('La Ruche'));
    const set = answerKeysSorted();
    await handlers.get('refreshConfig')?.();
    // The sync status moves (the fetch time), the configuration it gave does not.
    expect(writtenKeys(set)).toContain('configSyncStatus');
    expect(writtenKeys(set)).not.toContain('effectiveConfig');
  });

  it('reports refused values with their paths while the rest applies', async () => {
    serveDocument(() => ({ tools: [tool('notes'), { ...tool('evil'), url: 'javascript:alert(1)' }] }));
    await fakeBrowser.storage.managed.set({ configUrl: DOC_URL, features: { news: 'off' } });
    await startConfig();
    await vi.waitFor(async () => expect((await effectiveConfigItem.getValue()).tools).toHaveLength(1));
    const { issues } = await effectiveConfigItem.getValue();
    expect(issues.map((issue) => `${issue.source}:${issue.path}`)).toEqual(
      expect.arrayContaining(['policy:features.news', 'document:tools[1].url']),
    );
  });
});

describe('message handlers', () => {
  it('give the diagnostics: values, sources, issues, fetch times and ids', async () => {
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: 'P', version: '1.2.3' });
    serveDocument(() => ({ tools: [tool('notes')], links: { help: 'http://esn.corp/aide' } }));
    await fakeBrowser.storage.managed.set({ configUrl: DOC_URL });
    await startConfig();
    await vi.waitFor(async () => expect((await effectiveConfigItem.getValue()).tools).toHaveLength(1));
    const diagnostics = (await handlers.get('getDiagnostics')?.()) as Diagnostics;
    expect(diagnostics).toMatchObject({
      version: '1.2.3',
      chromiumId: 'cifaohidikfhkpngmoilplcgkjnogigj',
      geckoId: 'passerelle@passerelle.example',
      policy: { present: true, keys: ['configUrl'] },
      user: { configUrlEditable: false },
      sync: { state: 'ok', url: DOC_URL },
    });
    expect(diagnostics.sync.nextFetchAt).toBeGreaterThan(Date.now());
    expect(diagnostics.settings).toContainEqual({
      path: 'tools',
      value: [tool('notes')],
      source: 'document',
      userMayChange: false,
    });
    expect(diagnostics.settings).toContainEqual({
      path: 'features.news',
      value: true,
      source: 'default',
      userMayChange: false,
    });
    expect(diagnostics.issues.map((issue) => issue.path)).toEqual(['links.help']);
  });

  it('save the user’s address only when no policy sets one, and refuse unsafe addresses', async () => {
    serveDocument(() => ({ tools: [tool('notes')] }));
    await startConfig();
    const save = handlers.get('saveUserSettings');
    expect(await save?.({ configUrl: 'javascript:alert(1)' })).toMatchObject({ ok: false, reason: 'invalidUrl' });
    expect(await save?.({ configUrl: ` ${DOC_URL} ` })).toEqual({ ok: true });
    expect(await userSettingsItem.getValue()).toEqual({ configUrl: DOC_URL });
    await vi.waitFor(async () => expect((await effectiveConfigItem.getValue()).tools).toHaveLength(1));
    expect(await save?.({ configUrl: null })).toEqual({ ok: true });
    expect(await userSettingsItem.getValue()).toEqual({});
  });

  it('refuse to save the address a policy enforces', async () => {
    serveDocument(() => ({}));
    await fakeBrowser.storage.managed.set({ configUrl: DOC_URL });
    await startConfig();
    expect(await handlers.get('saveUserSettings')?.({ configUrl: 'https://mine.example/c.json' })).toEqual({
      ok: false,
      reason: 'enforced',
    });
  });
});
