import { describe, expect, it, vi } from 'vitest';
import { loadGuidance } from '@/entrypoints/moved/load';
import type { SectionEntry } from '@/utils/config/schema';
import { buildIndexMeta } from '@/utils/sections/build-index';
import { matchedOldAddress } from '@/utils/sections/old-address';
import { openSectionsDb, saveIndex } from '@/utils/sections/store';

const entry: SectionEntry = {
  id: 'docs',
  title: 'Docs',
  oldUrls: ['https://old.example/rh/cantine/menus.aspx'],
  oldUrlPrefixes: ['https://INTRANET.example/personal/'],
  newUrl: 'https://esn.example/docs',
};

describe('matchedOldAddress', () => {
  it('answers the configured old address or prefix, never the longer address opened', () => {
    expect(matchedOldAddress('https://old.example/rh/cantine/menus.aspx', entry)).toBe(entry.oldUrls?.[0]);
    expect(matchedOldAddress('https://intranet.example/personal/jdupont/notes.docx', entry)).toBe(
      'https://INTRANET.example/personal/',
    );
    expect(matchedOldAddress('https://intranet.example/other', entry)).toBeNull();
    expect(matchedOldAddress('https://old.example.evil/rh/cantine/menus.aspx', entry)).toBeNull();
  });

  it('compares addresses as the browser’s rule does: no fragment on either side', () => {
    // A bookmark to a place in the page, caught by the rule (a request has no fragment).
    expect(matchedOldAddress('https://old.example/rh/cantine/menus.aspx#semaine', entry)).toBe(entry.oldUrls?.[0]);
    const withFragment = { ...entry, oldUrls: ['https://old.example/rh/cantine/menus.aspx#semaine'] };
    expect(matchedOldAddress('https://old.example/rh/cantine/menus.aspx', withFragment)).toBe(
      'https://old.example/rh/cantine/menus.aspx#semaine',
    );
  });
});

describe('the guidance page', () => {
  it('counts the configured prefix that matched, not the page below it that was opened', async () => {
    const db = await openSectionsDb();
    await saveIndex(db, [entry], buildIndexMeta([entry], { inlineKey: 'k' }, { issues: [], issueCount: 0 }, 1));
    db.close();
    const send = vi.fn().mockResolvedValue(undefined);
    const opened = 'https://intranet.example/personal/jdupont/notes.docx?v=2';
    const data = await loadGuidance(`?id=docs&from=${opened}`, {
      send,
      getSnapshot: () => Promise.reject(new Error('none')),
    });
    expect(data.from).toBe(opened);
    expect(send).toHaveBeenCalledWith('recordIndicator', {
      kind: 'guidanceShown',
      sectionId: 'docs',
      oldAddress: 'https://INTRANET.example/personal/',
    });
    expect(JSON.stringify(send.mock.calls)).not.toContain('jdupont');
  });
});
