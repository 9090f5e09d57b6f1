import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createExtensionConnector } from '@/utils/connector/extension-connector';
import type * as Protocol from '@/utils/messaging/protocol';
import { EMPTY_SNAPSHOT } from '@/utils/snapshot/types';

/** A message library whose sendMessage answers with what it was asked. */
function fakeProtocol(): typeof Protocol {
  const sendMessage = vi.fn(async (type: string, data: unknown) => ({ type, data }));
  return { messaging: { sendMessage } } as unknown as typeof Protocol;
}

describe('the extension connector', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: 'P', version: '1.0.0' });
  });

  it('loads the message library on the first action only, and once', async () => {
    const protocol = fakeProtocol();
    const load = vi.fn(async () => protocol);
    const connector = createExtensionConnector(load);
    await connector.getSnapshot();
    expect(load).not.toHaveBeenCalled();
    await connector.send('openSection', { sectionId: 'a', disposition: 'newTab', from: 'list' });
    await connector.send('openSection', { sectionId: 'b', disposition: 'newTab', from: 'list' });
    expect(load).toHaveBeenCalledTimes(1);
    expect(protocol.messaging.sendMessage).toHaveBeenLastCalledWith('openSection', {
      sectionId: 'b',
      disposition: 'newTab',
      from: 'list',
    });
  });

  it('says a failed load to the action that asked, and loads again at the next one', async () => {
    const protocol = fakeProtocol();
    const load = vi.fn().mockRejectedValueOnce(new Error('chunk missing')).mockResolvedValue(protocol);
    const connector = createExtensionConnector(load);
    await expect(
      connector.send('openSection', { sectionId: 'a', disposition: 'newTab', from: 'list' }),
    ).rejects.toThrow('chunk missing');
    await connector.send('openSection', { sectionId: 'a', disposition: 'newTab', from: 'list' });
    expect(load).toHaveBeenCalledTimes(2);
    expect(protocol.messaging.sendMessage).toHaveBeenCalledTimes(1);
  });

  it('reads the stored snapshot from local storage', async () => {
    const launcher = { ...EMPTY_SNAPSHOT.launcher, favourites: ['payslips'] };
    await fakeBrowser.storage.local.set({ popupSnapshot: { ...EMPTY_SNAPSHOT, launcher } });
    const connector = createExtensionConnector(async () => fakeProtocol());
    expect((await connector.getSnapshot()).launcher.favourites).toEqual(['payslips']);
  });
});
