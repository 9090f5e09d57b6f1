import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { effectiveConfigItem } from '@/utils/config/storage';
import { updatePersonal } from '@/utils/launcher/background';
import { buildLauncherSlice } from '@/utils/launcher/build-slice';
import {
  addPersonalLink,
  movePersonalLink,
  openPersonalLink,
  removePersonalLink,
} from '@/utils/launcher/personal-links-background';
import { personalItem } from '@/utils/launcher/personal-storage';
import { demoConfig } from './fixtures';

let nextId = 0;
const deps = { updatePersonal, newId: () => `link-${++nextId}` };
const allowing = (launcher = {}) => demoConfig({ launcher: { personalLinks: true, ...launcher } });
const storedLinks = async () => (await personalItem.getValue()).links;

beforeEach(async () => {
  vi.restoreAllMocks();
  nextId = 0;
  await effectiveConfigItem.setValue(allowing());
});

describe('personal links in the background', () => {
  it('adds a checked link and publishes it in the launcher slice', async () => {
    expect(await addPersonalLink({ label: ' Wiki ', url: 'https://wiki.example/' }, deps)).toEqual({
      ok: true,
      linkId: 'link-1',
    });
    expect(await storedLinks()).toEqual([{ id: 'link-1', label: 'Wiki', url: 'https://wiki.example/' }]);
    const slice = buildLauncherSlice(await effectiveConfigItem.getValue(), await personalItem.getValue());
    expect(slice.personalLinks).toEqual({ links: await storedLinks(), max: 20 });
  });

  it('refuses with the reason: not allowed, bad label, bad address, too many', async () => {
    await effectiveConfigItem.setValue(demoConfig());
    expect(await addPersonalLink({ label: 'Wiki', url: 'https://wiki.example/' }, deps)).toEqual({
      ok: false,
      reason: 'notAllowed',
    });
    await effectiveConfigItem.setValue(allowing({ maxPersonalLinks: 1 }));
    expect(await addPersonalLink({ label: '', url: 'https://wiki.example/' }, deps)).toMatchObject({
      reason: 'labelEmpty',
    });
    expect(await addPersonalLink({ label: 'X', url: 'javascript:alert(1)' }, deps)).toMatchObject({
      reason: 'urlNotAllowed',
    });
    expect(await addPersonalLink({ label: 'X', url: 'http://intranet.corp/' }, deps)).toMatchObject({
      reason: 'urlNotAllowed',
    });
    expect((await addPersonalLink({ label: 'One', url: 'https://one.example/' }, deps)).ok).toBe(true);
    expect(await addPersonalLink({ label: 'Two', url: 'https://two.example/' }, deps)).toEqual({
      ok: false,
      reason: 'tooMany',
    });
    expect(await storedLinks()).toHaveLength(1);
  });

  it('accepts http on an origin the policy trusts', async () => {
    await effectiveConfigItem.setValue({ ...allowing(), allowedInsecureOrigins: ['http://intranet.corp'] });
    expect((await addPersonalLink({ label: 'Wiki', url: 'http://intranet.corp/wiki' }, deps)).ok).toBe(true);
  });

  it('never lets two quick adds pass the limit together', async () => {
    await effectiveConfigItem.setValue(allowing({ maxPersonalLinks: 1 }));
    const results = await Promise.all([
      addPersonalLink({ label: 'One', url: 'https://one.example/' }, deps),
      addPersonalLink({ label: 'Two', url: 'https://two.example/' }, deps),
    ]);
    expect(results.map((result) => result.ok)).toEqual([true, false]);
    expect(await storedLinks()).toHaveLength(1);
  });

  it('moves and removes links', async () => {
    for (const label of ['A', 'B', 'C']) await addPersonalLink({ label, url: `https://${label}.example/` }, deps);
    await movePersonalLink('link-3', -2, deps);
    expect((await storedLinks()).map((link) => link.label)).toEqual(['C', 'A', 'B']);
    await removePersonalLink('link-1', deps);
    expect((await storedLinks()).map((link) => link.label)).toEqual(['C', 'B']);
  });

  it('opens a link directly, where the user asked, never through the launch route', async () => {
    await addPersonalLink({ label: 'Wiki', url: 'https://wiki.example/page' }, deps);
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await openPersonalLink('link-1', 'backgroundTab');
    expect(create).toHaveBeenCalledWith({ url: 'https://wiki.example/page', active: false });
    await openPersonalLink('link-1', 'newTab');
    expect(create).toHaveBeenLastCalledWith({ url: 'https://wiki.example/page', active: true });
    await expect(openPersonalLink('nope', 'newTab')).rejects.toThrow(/may not be opened/);
  });

  it('keeps the links when the policy turns them off, without showing or opening them', async () => {
    await addPersonalLink({ label: 'Wiki', url: 'https://wiki.example/' }, deps);
    await effectiveConfigItem.setValue(demoConfig({ launcher: { personalLinks: false } }));
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await expect(openPersonalLink('link-1', 'newTab')).rejects.toThrow(/may not be opened/);
    expect(create).not.toHaveBeenCalled();
    await expect(movePersonalLink('link-1', 1, deps)).rejects.toThrow(/not allowed/);
    const slice = buildLauncherSlice(await effectiveConfigItem.getValue(), await personalItem.getValue());
    expect(slice.personalLinks).toBeUndefined();
    expect(await storedLinks()).toHaveLength(1);
    // Turned on again: the user finds the link as they left it.
    await effectiveConfigItem.setValue(allowing());
    expect(
      buildLauncherSlice(await effectiveConfigItem.getValue(), await personalItem.getValue()).personalLinks?.links,
    ).toEqual(await storedLinks());
  });

  it('does not open a stored link whose address the policy no longer accepts', async () => {
    await personalItem.setValue({
      ...(await personalItem.getValue()),
      links: [{ id: 'old', label: 'Old', url: 'http://intranet.corp/' }],
    });
    await expect(openPersonalLink('old', 'newTab')).rejects.toThrow(/may not be opened/);
  });
});
