// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DEFAULT_FEATURES, POLLING_FLOOR_MINUTES } from '@/utils/config/effective';
import { mergeConfig, userMayChange } from '@/utils/config/merge';

const none = new Map<string, unknown>();

describe('mergeConfig', () => {
  it('gives defaults with their provenance when nothing is set', () => {
    const config = mergeConfig({ policy: {}, document: {}, user: none, issues: [] });
    expect(config.features).toEqual(DEFAULT_FEATURES);
    expect(config.configUrl).toBeNull();
    expect(config.provenance['features.news']).toBe('default');
    expect(config.provenance.configUrl).toBe('default');
  });

  it('puts an enforced policy value over the document, per setting path', () => {
    const config = mergeConfig({
      policy: { features: { news: false }, esn: { name: 'Policy name' } },
      document: {
        features: { news: true, omnibox: false },
        esn: { name: 'Doc name', homeUrl: 'https://esn.example/' },
      },
      user: none,
      issues: [],
    });
    expect(config.features.news).toBe(false);
    expect(config.features.omnibox).toBe(false);
    expect(config.esn).toEqual({ name: 'Policy name', homeUrl: 'https://esn.example/' });
    expect(config.provenance).toMatchObject({
      'features.news': 'policy',
      'features.omnibox': 'document',
      'esn.name': 'policy',
      'esn.homeUrl': 'document',
      'features.launcher': 'default',
    });
  });

  it('carries the relocation delay of the document, under a policy value', () => {
    const fromDocument = mergeConfig({
      policy: {},
      document: { relocation: { redirectDelaySeconds: 0 } },
      user: none,
      issues: [],
    });
    expect(fromDocument.relocation).toEqual({ redirectDelaySeconds: 0 });
    expect(fromDocument.provenance['relocation.redirectDelaySeconds']).toBe('document');
    const fromPolicy = mergeConfig({
      policy: { relocation: { redirectDelaySeconds: 10 } },
      document: { relocation: { redirectDelaySeconds: 0 } },
      user: none,
      issues: [],
    });
    expect(fromPolicy.relocation.redirectDelaySeconds).toBe(10);
  });

  it('replaces lists whole (a policy tool list is not merged with the document’s)', () => {
    const tool = { id: 'a', label: 'A', url: 'https://a.example/' };
    const config = mergeConfig({
      policy: { tools: [tool] },
      document: { tools: [{ ...tool, id: 'b' }] },
      user: none,
      issues: [],
    });
    expect(config.tools.map((t) => t.id)).toEqual(['a']);
  });

  it('lets the user change only what the policy allows', () => {
    const user = new Map<string, unknown>([
      ['features.news', false],
      ['features.omnibox', false],
      ['configUrl', 'https://mine.example/c.json'],
    ]);
    const config = mergeConfig({
      policy: {
        features: { news: true, omnibox: true },
        userMayChange: ['features.news'],
        configUrl: 'https://it.example/c.json',
      },
      document: {},
      user,
      issues: [],
    });
    expect(config.features.news).toBe(false);
    expect(config.provenance['features.news']).toBe('user');
    expect(config.features.omnibox).toBe(true);
    expect(config.configUrl).toBe('https://it.example/c.json');
    expect(config.issues.map((issue) => [issue.source, issue.path])).toEqual([
      ['user', 'configUrl'],
      ['user', 'features.omnibox'],
    ]);
  });

  it('uses a policy value in userMayChange as a default under the user’s value', () => {
    const policy = { features: { news: false }, userMayChange: ['features.news'] };
    const withoutUser = mergeConfig({ policy, document: { features: { news: true } }, user: none, issues: [] });
    expect(withoutUser.features.news).toBe(false);
    expect(withoutUser.provenance['features.news']).toBe('policy');
  });

  it('takes the user’s configuration address when no policy sets one', () => {
    const config = mergeConfig({
      policy: {},
      document: {},
      user: new Map([['configUrl', 'https://esn.example/c.json']]),
      issues: [],
    });
    expect(config.configUrl).toBe('https://esn.example/c.json');
    expect(config.provenance.configUrl).toBe('user');
    expect(userMayChange({}, 'configUrl')).toBe(true);
    expect(userMayChange({ configUrl: 'https://x.example/' }, 'configUrl')).toBe(false);
    expect(userMayChange({}, 'features.news')).toBe(false);
  });

  it('never polls under the floor, and says so', () => {
    const config = mergeConfig({ policy: {}, document: { polling: { intervalMinutes: 1 } }, user: none, issues: [] });
    expect(config.pollingIntervalMinutes).toBe(POLLING_FLOOR_MINUTES);
    expect(config.issues).toEqual([
      {
        source: 'document',
        path: 'polling.intervalMinutes',
        message: `1 is below the floor: ${POLLING_FLOOR_MINUTES} minutes are used`,
      },
    ]);
  });

  it('keeps the issues it was given and the policy’s allowed origins', () => {
    const issue = { source: 'document' as const, path: 'tools[0].url', message: 'bad' };
    const config = mergeConfig({
      policy: { allowedInsecureOrigins: ['http://a.corp'] },
      document: {},
      user: none,
      issues: [issue],
    });
    expect(config.issues).toEqual([issue]);
    expect(config.allowedInsecureOrigins).toEqual(['http://a.corp']);
  });
});
