import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { effectiveConfigItem } from '@/utils/config/storage';
import { updatePersonal } from '@/utils/launcher/background';
import { launchTool } from '@/utils/launcher/launch';
import { hide, pin, recordRecent } from '@/utils/launcher/personal';
import { personalItem } from '@/utils/launcher/personal-storage';
import { REPAIRS_KEPT, readRepairs, recordRepairs, storageRepairsItem } from '@/utils/storage-health/repairs';
import { demoConfig, demoTools } from '../launcher/fixtures';

const stored = async (key: string) => (await fakeBrowser.storage.local.get(key))[key] as Record<string, unknown>;

describe('a stored value is healed when read, keeping what can be kept', () => {
  it('keeps the good favourites of a personal value with one bad favourite, and logs the one dropped', async () => {
    const before = Date.now();
    await fakeBrowser.storage.local.set({
      personal: {
        favourites: ['payslips', 42, 'vehicle-booking'],
        recents: [],
        hidden: [],
        links: [],
        focusExistingTab: true,
      },
      personal$: { v: 2 },
    });
    const personal = await personalItem.getValue();
    expect(personal.favourites).toEqual(['payslips', 'vehicle-booking']);
    expect(personal.focusExistingTab).toBe(true);
    // Written back healed: the next read has nothing to repair.
    expect((await stored('personal')).favourites).toEqual(['payslips', 'vehicle-booking']);
    const [repair] = await readRepairs();
    expect(repair).toMatchObject({ key: 'local:personal', path: 'favourites[1]' });
    expect(repair?.reason).toMatch(/string/i);
    expect(repair?.at).toBeGreaterThanOrEqual(before);
  });

  it.each([
    ['a string', 'garbage'],
    ['lists of the wrong type', { favourites: 'a', recents: {}, hidden: null, links: 3, focusExistingTab: 'yes' }],
    ['a list', [1, 2]],
  ])('lets pin, hide and recents work on a personal value that is %s', async (_what, value) => {
    await fakeBrowser.storage.local.set({ personal: value, personal$: { v: 2 } });
    await updatePersonal((state) => pin(state, 'payslips'));
    await updatePersonal((state) => hide(state, 'vehicle-booking'));
    await updatePersonal((state) => recordRecent(state, 'payslips', 5));
    expect(await personalItem.getValue()).toMatchObject({
      favourites: ['payslips'],
      hidden: ['vehicle-booking'],
      recents: [{ toolId: 'payslips', at: 5 }],
    });
  });

  it('keeps the good tools of a damaged effective configuration, and defaults for its damaged settings', async () => {
    const config = demoConfig();
    await fakeBrowser.storage.local.set({
      effectiveConfig: { ...config, tools: [{ id: 7 }, ...config.tools], features: 'all', launcher: null },
    });
    const healed = await effectiveConfigItem.getValue();
    expect(healed.tools.map((tool) => tool.id)).toEqual(demoTools.map((tool) => tool.id));
    expect(healed.features.launcher).toBe(true);
    expect(healed.launcher).toEqual({});
    expect((await readRepairs()).map((repair) => repair.path)).toEqual(['tools[0]', 'features', 'launcher']);
  });

  it('launches a tool with a damaged configuration and a damaged personal value', async () => {
    await fakeBrowser.storage.local.set({
      effectiveConfig: { ...demoConfig(), features: 3, provenance: 'x' },
      personal: { recents: 'x' },
      personal$: { v: 2 },
    });
    await launchTool('payslips', 'newTab', updatePersonal);
    expect((await personalItem.getValue()).recents[0]?.toolId).toBe('payslips');
  });

  it('reads a missing value as its default without logging a repair', async () => {
    expect(await personalItem.getValue()).toMatchObject({ favourites: [] });
    expect(await readRepairs()).toEqual([]);
  });
});

describe('the repairs log', () => {
  it('keeps only the newest repairs, and skips entries of the wrong shape', async () => {
    await storageRepairsItem.setValue([{ key: 'x' } as never]);
    await recordRepairs(
      'local:personal',
      Array.from({ length: REPAIRS_KEPT + 5 }, (_, index) => ({ path: `favourites[${index}]`, reason: 'bad' })),
      1,
    );
    const repairs = await readRepairs();
    expect(repairs).toHaveLength(REPAIRS_KEPT);
    expect(repairs.at(-1)?.path).toBe(`favourites[${REPAIRS_KEPT + 4}]`);
  });
});
