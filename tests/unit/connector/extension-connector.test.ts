import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createExtensionConnector } from '@/utils/connector/extension-connector';
import { createWakeGate } from '@/utils/connector/wake-gate';
import type * as Protocol from '@/utils/messaging/protocol';
import { writePaintCache } from '@/utils/snapshot/paint-cache';
import { EMPTY_SNAPSHOT } from '@/utils/snapshot/types';

/** A message library whose sendMessage answers with what it was asked. */
function fakeMessaging(): typeof Protocol.messaging {
  const sendMessage = vi.fn(async (type: string, data: unknown) => ({ type, data }));
  return { sendMessage } as unknown as typeof Protocol.messaging;
}

describe('the extension connector', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: 'P', version: '1.0.0' });
  });

  it('sends each action through the message library, with its data', async () => {
    const messaging = fakeMessaging();
    const connector = createExtensionConnector(messaging);
    await expect(
      connector.send('openSection', { sectionId: 'b', disposition: 'newTab', from: 'list' }),
    ).resolves.toEqual({
      type: 'openSection',
      data: { sectionId: 'b', disposition: 'newTab', from: 'list' },
    });
    await connector.send('refreshNews');
    expect(messaging.sendMessage).toHaveBeenLastCalledWith('refreshNews', undefined);
  });

  it('with a wake gate, holds its messages while the page answers on its own and the background sleeps', async () => {
    const messaging = fakeMessaging();
    const connector = createExtensionConnector(messaging, createWakeGate(Promise.resolve(true)));
    let answer!: () => void;
    connector.holdSendsFor?.(new Promise<void>((resolve) => (answer = resolve)));
    const sent = connector.send('findSections', { query: 'cantine', limit: 8 });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(messaging.sendMessage).not.toHaveBeenCalled();
    answer();
    await expect(sent).resolves.toEqual({ type: 'findSections', data: { query: 'cantine', limit: 8 } });
    // Without a gate (every page but the popup) nothing is held.
    expect(createExtensionConnector(fakeMessaging()).holdSendsFor).toBeUndefined();
  });

  it('reads the stored snapshot from local storage', async () => {
    const launcher = { ...EMPTY_SNAPSHOT.launcher, favourites: ['payslips'] };
    await fakeBrowser.storage.local.set({ popupSnapshot: { ...EMPTY_SNAPSHOT, launcher } });
    const connector = createExtensionConnector(fakeMessaging());
    expect((await connector.getSnapshot()).launcher.favourites).toEqual(['payslips']);
  });

  it('peeks at the copy kept when the page started, then at the last snapshot the page received', async () => {
    writePaintCache({ ...EMPTY_SNAPSHOT, launcher: { ...EMPTY_SNAPSHOT.launcher, favourites: ['kept'] } });
    const launcher = { ...EMPTY_SNAPSHOT.launcher, favourites: ['stored'] };
    await fakeBrowser.storage.local.set({ popupSnapshot: { ...EMPTY_SNAPSHOT, launcher } });
    const connector = createExtensionConnector(fakeMessaging());
    expect(connector.peekSnapshot?.()?.launcher.favourites).toEqual(['kept']);
    await connector.getSnapshot();
    expect(connector.peekSnapshot?.()?.launcher.favourites).toEqual(['stored']);
  });

  it('gives back the copy it kept when an equal snapshot arrives, so the page does not paint it again', async () => {
    const launcher = { ...EMPTY_SNAPSHOT.launcher, favourites: ['payslips'] };
    await fakeBrowser.storage.local.set({ popupSnapshot: { ...EMPTY_SNAPSHOT, launcher } });
    // The copy a page keeps is a snapshot it received from storage.
    writePaintCache(await createExtensionConnector(fakeMessaging()).getSnapshot());
    const connector = createExtensionConnector(fakeMessaging());
    const kept = connector.peekSnapshot?.();
    expect(kept?.launcher.favourites).toEqual(['payslips']);
    expect(await connector.getSnapshot()).toBe(kept);

    await fakeBrowser.storage.local.set({
      popupSnapshot: { ...EMPTY_SNAPSHOT, launcher: { ...launcher, favourites: ['expenses'] } },
    });
    const changed = await connector.getSnapshot();
    expect(changed).not.toBe(kept);
    expect(changed.launcher.favourites).toEqual(['expenses']);
    expect(connector.peekSnapshot?.()).toBe(changed);
  });
});
