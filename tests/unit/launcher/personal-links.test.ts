// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { EMPTY_PERSONAL, type PersonalLink, type PersonalState } from '@/utils/launcher/personal';
import {
  addLink,
  checkLink,
  DEFAULT_MAX_PERSONAL_LINKS,
  LINK_LABEL_MAX,
  moveLink,
  personalLinksPolicy,
  removeLink,
  visibleLinks,
} from '@/utils/launcher/personal-links';

const link = (id: string, url = `https://${id}.example/`): PersonalLink => ({ id, label: id.toUpperCase(), url });
const withLinks = (...ids: string[]): PersonalState => ({ ...EMPTY_PERSONAL, links: ids.map((id) => link(id)) });
const ids = (state: PersonalState) => state.links.map((candidate) => candidate.id);

describe('what the configuration allows', () => {
  it('is off by default, with 20 links at most', () => {
    expect(personalLinksPolicy({ launcher: {} })).toEqual({ allowed: false, max: DEFAULT_MAX_PERSONAL_LINKS });
    expect(DEFAULT_MAX_PERSONAL_LINKS).toBe(20);
  });

  it('follows launcher.personalLinks and launcher.maxPersonalLinks', () => {
    expect(personalLinksPolicy({ launcher: { personalLinks: true, maxPersonalLinks: 3 } })).toEqual({
      allowed: true,
      max: 3,
    });
  });

  it('reads an effective configuration stored before the key existed as "not allowed"', () => {
    expect(personalLinksPolicy({}).allowed).toBe(false);
  });
});

describe('checking a link', () => {
  it('trims the label and keeps an https address', () => {
    expect(checkLink({ label: '  Wiki  ', url: ' https://wiki.example/page ' }, [])).toEqual({
      ok: true,
      label: 'Wiki',
      url: 'https://wiki.example/page',
    });
  });

  it('takes an address typed without a scheme as https', () => {
    expect(checkLink({ label: 'Wiki', url: 'wiki.example/page' }, [])).toMatchObject({
      ok: true,
      url: 'https://wiki.example/page',
    });
  });

  it('refuses an empty or overlong label', () => {
    expect(checkLink({ label: '   ', url: 'https://a.example/' }, [])).toEqual({ ok: false, reason: 'labelEmpty' });
    const long = 'x'.repeat(LINK_LABEL_MAX + 1);
    expect(checkLink({ label: long, url: 'https://a.example/' }, [])).toEqual({ ok: false, reason: 'labelTooLong' });
    expect(checkLink({ label: 'x'.repeat(LINK_LABEL_MAX), url: 'https://a.example/' }, []).ok).toBe(true);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'data:text/html,<b>x</b>',
    'file:///etc/passwd',
    'ftp://files.example/',
    'http://intranet.corp/wiki',
  ])('refuses %s like the tools’ addresses', (url) => {
    expect(checkLink({ label: 'Bad', url }, [])).toEqual({ ok: false, reason: 'urlNotAllowed' });
  });

  it('refuses what is not an address at all', () => {
    expect(checkLink({ label: 'Empty', url: '  ' }, [])).toEqual({ ok: false, reason: 'urlInvalid' });
    expect(checkLink({ label: 'Spaces', url: 'not an address' }, [])).toEqual({ ok: false, reason: 'urlInvalid' });
  });

  it('accepts http on loopback and on the origins IT trusts', () => {
    expect(checkLink({ label: 'Demo', url: 'http://127.0.0.1:4000/x' }, []).ok).toBe(true);
    expect(checkLink({ label: 'Wiki', url: 'http://intranet.corp/wiki' }, ['http://intranet.corp']).ok).toBe(true);
  });
});

describe('personal link operations', () => {
  it('adds at the end, up to the limit', () => {
    const added = addLink(withLinks('a'), link('b'), 2);
    expect(added.ok && ids(added.state)).toEqual(['a', 'b']);
    expect(addLink(withLinks('a', 'b'), link('c'), 2)).toEqual({ ok: false, reason: 'tooMany' });
  });

  it('removes by id, and leaves the state alone for an unknown id', () => {
    const state = withLinks('a', 'b');
    expect(ids(removeLink(state, 'a'))).toEqual(['b']);
    expect(removeLink(state, 'zz')).toBe(state);
  });

  it('moves a link up and down, clamped to the list', () => {
    const state = withLinks('a', 'b', 'c');
    expect(ids(moveLink(state, 'c', -1))).toEqual(['a', 'c', 'b']);
    expect(ids(moveLink(state, 'a', 5))).toEqual(['b', 'c', 'a']);
    expect(moveLink(state, 'a', -1)).toBe(state);
    expect(moveLink(state, 'zz', 1)).toBe(state);
  });

  it('shows nothing when not allowed, and only addresses the policy still accepts', () => {
    const links = [link('a'), link('b', 'http://intranet.corp/b')];
    expect(visibleLinks(links, { allowed: false, max: 20 }, ['http://intranet.corp'])).toEqual([]);
    expect(visibleLinks(links, { allowed: true, max: 20 }, ['http://intranet.corp'])).toEqual(links);
    // The origin is no longer trusted: the link stays stored but is neither shown nor opened.
    expect(visibleLinks(links, { allowed: true, max: 20 }, [])).toEqual([links[0]]);
  });
});
