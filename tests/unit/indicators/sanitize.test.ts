import { describe, expect, it } from 'vitest';
import { looksPersonal, normaliseQuery, privacyContextOf, sanitizeEvent } from '@/utils/indicators/sanitize';
import { indicatorsConfig } from './fixtures';

const context = privacyContextOf(indicatorsConfig());
const withText = privacyContextOf(
  indicatorsConfig({ indicators: { endpoint: 'https://esn.example/i', allowQueryText: true } }),
);

describe('privacy rules', () => {
  it('keeps launches of configured tools only', () => {
    expect(sanitizeEvent({ kind: 'launch', toolId: 'conges', viaEsn: true }, context)).toEqual({
      kind: 'launch',
      toolId: 'conges',
      viaEsn: true,
    });
    expect(sanitizeEvent({ kind: 'launch', toolId: 'unknown', viaEsn: false }, context)).toBeNull();
  });

  it('keeps news views of configured feeds, with item addresses on the feed or ESN origin only', () => {
    expect(
      sanitizeEvent(
        { kind: 'newsView', feedId: 'actualites', itemId: 'https://esn.example/p/1#comments', via: 'newsList' },
        context,
      ),
    ).toEqual({ kind: 'newsView', feedId: 'actualites', itemId: 'https://esn.example/p/1', via: 'newsList' });
    expect(
      sanitizeEvent(
        { kind: 'newsView', feedId: 'evenements', itemId: 'https://events.example/e/2', via: 'newsList' },
        context,
      ),
    ).not.toBeNull();
    expect(
      sanitizeEvent(
        { kind: 'newsView', feedId: 'actualites', itemId: 'https://tracker.example/x', via: 'newsList' },
        context,
      ),
    ).toBeNull();
    expect(sanitizeEvent({ kind: 'newsView', feedId: 'other', itemId: 'guid-1', via: 'newsList' }, context)).toBeNull();
    expect(
      sanitizeEvent({ kind: 'newsView', feedId: 'actualites', itemId: 'x'.repeat(201), via: 'newsList' }, context),
    ).toBeNull();
    expect(
      sanitizeEvent({ kind: 'newsView', feedId: 'actualites', itemId: 'mailto:a@b.example', via: 'newsList' }, context),
    ).toBeNull();
  });

  it('keeps a non-URL guid as is and caps the title', () => {
    const event = sanitizeEvent(
      {
        kind: 'newsView',
        feedId: 'actualites',
        itemId: ' urn:uuid:1 ',
        title: `A\n${'t'.repeat(200)}`,
        via: 'newsList',
      },
      context,
    );
    expect(event).toMatchObject({ itemId: 'urn:uuid:1' });
    expect(event?.kind === 'newsView' && event.title?.length).toBe(120);
  });

  it('drops the query text unless the configuration allows it', () => {
    expect(sanitizeEvent({ kind: 'emptySearch', query: 'Cantine' }, context)).toEqual({
      kind: 'emptySearch',
      query: '',
    });
    expect(sanitizeEvent({ kind: 'emptySearch', query: '  Cantine  du   Siège ' }, withText)).toEqual({
      kind: 'emptySearch',
      query: 'cantine du siege',
    });
    expect(sanitizeEvent({ kind: 'emptySearch', query: '   ' }, withText)).toBeNull();
  });

  it('never keeps text that looks like an e-mail, a number or an address', () => {
    for (const query of ['jean.dupont@corp.example', '06 12 34 56 78', 'matricule 123456', 'https://x.example/a']) {
      expect(sanitizeEvent({ kind: 'emptySearch', query }, withText)).toEqual({ kind: 'emptySearch', query: '' });
    }
    expect(looksPersonal('horaires 2026')).toBe(false);
  });

  it('caps the normalised query at 60 characters', () => {
    expect(normaliseQuery('é'.repeat(100))).toBe('e'.repeat(60));
  });

  it('keeps guidance for known sections and strips the query and fragment of the old address', () => {
    expect(
      sanitizeEvent(
        {
          kind: 'guidanceShown',
          sectionId: 'restauration',
          oldAddress: 'https://intranet.example/cantine?user=42#top',
        },
        context,
      ),
    ).toEqual({ kind: 'guidanceShown', sectionId: 'restauration', oldAddress: 'https://intranet.example/cantine' });
    expect(
      sanitizeEvent({ kind: 'guidanceShown', sectionId: 'unknown', oldAddress: 'https://intranet.example/' }, context),
    ).toBeNull();
    expect(
      sanitizeEvent({ kind: 'guidanceShown', sectionId: 'restauration', oldAddress: 'file:///etc/passwd' }, context),
    ).toBeNull();
  });

  it('accepts any well-formed section id when the index comes from an address', () => {
    const remote = privacyContextOf(indicatorsConfig({ sections: { url: 'https://esn.example/s.json', entries: [] } }));
    expect(
      sanitizeEvent({ kind: 'guidanceShown', sectionId: 'rh', oldAddress: 'https://intranet.example/rh' }, remote),
    ).not.toBeNull();
  });

  it('keeps paths of the vocabulary to configured tools, feeds and sections only, and known sequences', () => {
    const path = (event: object) => sanitizeEvent({ kind: 'path', ...event } as never, context);
    expect(path({ from: 'favourite', to: 'tool', id: 'conges' })).toEqual({
      kind: 'path',
      from: 'favourite',
      to: 'tool',
      id: 'conges',
    });
    expect(path({ from: 'notification', to: 'news', id: 'actualites' })).toMatchObject({ id: 'actualites' });
    expect(path({ from: 'guidance', to: 'section', id: 'restauration' })).toMatchObject({ id: 'restauration' });
    // The ESN home and help name nothing: an id given anyway is not sent.
    expect(path({ from: 'keyboard', to: 'esnHome', id: 'https://esn.example/me' })).toEqual({
      kind: 'path',
      from: 'keyboard',
      to: 'esnHome',
    });
    expect(path({ from: 'favourite', to: 'tool', id: 'not-configured' })).toBeNull();
    expect(path({ from: 'favourite', to: 'news', id: 'unknown-feed' })).toBeNull();
    expect(path({ from: 'guidance', to: 'section', id: 'unknown-section' })).toBeNull();
    expect(path({ from: 'favourite', to: 'tool' })).toBeNull();
    expect(path({ from: 'bookmark', to: 'tool', id: 'conges' })).toBeNull();
    expect(path({ from: 'favourite', to: 'profile', id: 'conges' })).toBeNull();
    expect(sanitizeEvent({ kind: 'sequence', sequence: 'badge>newsList>post' }, context)).toEqual({
      kind: 'sequence',
      sequence: 'badge>newsList>post',
    });
    expect(sanitizeEvent({ kind: 'sequence', sequence: 'anything' } as never, context)).toBeNull();
    const reading = { kind: 'newsView', feedId: 'actualites', itemId: 'urn:1' } as const;
    expect(sanitizeEvent({ ...reading, via: 'bookmark' } as never, context)).toBeNull();
    expect(sanitizeEvent({ ...reading, via: 'esnTab', alternatives: [{ itemId: 'urn:2' }] }, context)).toEqual({
      ...reading,
      via: 'esnTab',
    });
  });
});
