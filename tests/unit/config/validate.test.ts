// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { policySchema } from '@/utils/config/policy-schema';
import { configDocumentSchema } from '@/utils/config/schema';
import { MAX_TEXT } from '@/utils/config/schema-fields';
import { MAX_ISSUES_PER_SOURCE, validateLenient } from '@/utils/config/validate';
import { validatePolicy } from '@/utils/config/validate-sources';

const goodTool = { id: 'notes', label: { fr: 'Notes de frais', en: 'Expenses' }, url: 'https://notes.example/' };

describe('validateLenient', () => {
  it('keeps a valid document whole, with no issue', () => {
    const doc = { esn: { name: 'La Ruche', homeUrl: 'https://esn.example/' }, tools: [goodTool] };
    expect(validateLenient(configDocumentSchema, doc, { source: 'document' })).toEqual({ value: doc, issues: [] });
  });

  it('drops a bad list item, names its path, and keeps the others', () => {
    const doc = {
      tools: [goodTool, { ...goodTool, id: 'bad', url: 'javascript:alert(1)' }, { ...goodTool, id: 'other' }],
    };
    const { value, issues } = validateLenient(configDocumentSchema, doc, { source: 'document' });
    expect(value.tools?.map((tool) => tool.id)).toEqual(['notes', 'other']);
    expect(issues.map((issue) => issue.path)).toContain('tools[1].url');
    expect(issues.every((issue) => issue.source === 'document')).toBe(true);
  });

  it('drops a wrong-typed field and keeps its siblings', () => {
    const { value, issues } = validateLenient(
      configDocumentSchema,
      { features: { news: 'no', launcher: false }, polling: { intervalMinutes: 'ten' } },
      { source: 'policy' },
    );
    expect(value.features).toEqual({ launcher: false });
    expect(value.polling).toEqual({});
    expect(issues.map((issue) => issue.path).sort()).toEqual(['features.news', 'polling.intervalMinutes']);
  });

  it('reports unknown keys', () => {
    const { value, issues } = validateLenient(
      configDocumentSchema,
      { colour: 'red', esn: { nom: 'x' } },
      { source: 'document' },
    );
    expect(value).toEqual({ esn: {} });
    expect(issues).toEqual([
      { source: 'document', path: 'colour', message: 'unknown key, ignored' },
      { source: 'document', path: 'esn.nom', message: 'unknown key, ignored' },
    ]);
  });

  it('refuses plain http except on loopback and allowed origins', () => {
    const doc = {
      links: {
        help: 'http://intranet.corp/aide',
        tutorials: 'http://127.0.0.1:8080/t',
        feedback: 'http://wiki.corp/f',
      },
    };
    const { value, issues } = validateLenient(configDocumentSchema, doc, {
      source: 'document',
      allowedInsecureOrigins: ['http://wiki.corp'],
    });
    expect(value.links).toEqual({ tutorials: 'http://127.0.0.1:8080/t', feedback: 'http://wiki.corp/f' });
    expect(issues.map((issue) => issue.path)).toEqual(['links.help']);
  });

  it('checks the launch route and icon addresses too', () => {
    const { value, issues } = validateLenient(
      configDocumentSchema,
      {
        esn: { launchRoute: 'http://esn.corp/go/{toolId}' },
        tools: [
          { ...goodTool, icon: 'javascript:alert(1)' },
          { ...goodTool, id: 'b', icon: 'car' },
        ],
      },
      { source: 'document' },
    );
    expect(value.esn).toEqual({});
    expect(value.tools?.map((tool) => [tool.id, tool.icon])).toEqual([
      ['notes', undefined],
      ['b', 'car'],
    ]);
    expect(issues.map((issue) => issue.path)).toEqual(['esn.launchRoute', 'tools[0].icon']);
  });

  it('refuses a string over the limit without copying it into the message', () => {
    const huge = 'x'.repeat(1_000_000);
    const { value, issues } = validateLenient(configDocumentSchema, { esn: { name: huge } }, { source: 'policy' });
    expect(value.esn).toEqual({});
    expect(issues[0]?.path).toBe('esn.name');
    expect(issues[0]?.message.length).toBeLessThan(MAX_TEXT);
  });

  it('truncates an over-long list and reports it', () => {
    const feeds = Array.from({ length: 60 }, (_, index) => ({
      id: `f${index}`,
      label: 'F',
      url: 'https://f.example/',
    }));
    const { value, issues } = validateLenient(configDocumentSchema, { feeds }, { source: 'document' });
    expect(value.feeds).toHaveLength(50);
    expect(issues).toEqual([
      { source: 'document', path: 'feeds', message: 'has 60 items: only the first 50 are kept' },
    ]);
  });

  it('gives an empty value and a root issue for a document that is not an object', () => {
    for (const raw of [null, 42, 'text', [1, 2]]) {
      const { value, issues } = validateLenient(configDocumentSchema, raw, { source: 'document' });
      expect(value).toEqual({});
      expect(issues).toHaveLength(1);
      expect(issues[0]?.path).toBe('(root)');
    }
  });

  it('caps the number of issues', () => {
    const tools = Array.from({ length: 900 }, () => ({ id: 'BAD ID', label: '', url: 'nope' }));
    const { issues } = validateLenient(configDocumentSchema, { tools }, { source: 'document' });
    expect(issues).toHaveLength(MAX_ISSUES_PER_SOURCE + 1);
    expect(issues.at(-1)?.message).toMatch(/more problems not listed/);
  });

  it('ignores __proto__ and friends as unknown keys', () => {
    const raw = JSON.parse('{"__proto__": {"polluted": true}, "constructor": 1, "esn": {"name": "R"}}');
    const { value, issues } = validateLenient(configDocumentSchema, raw, { source: 'document' });
    expect(value).toEqual({ esn: { name: 'R' } });
    expect(issues.map((issue) => issue.path)).toEqual(['__proto__', 'constructor']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('validatePolicy', () => {
  it('applies allowedInsecureOrigins to the policy’s own addresses', () => {
    const { value, issues } = validatePolicy({
      allowedInsecureOrigins: ['http://esn.corp'],
      configUrl: 'http://esn.corp/passerelle/config.json',
    });
    expect(value.configUrl).toBe('http://esn.corp/passerelle/config.json');
    expect(issues).toEqual([]);
  });

  it('refuses unknown setting paths in userMayChange', () => {
    const { value, issues } = validatePolicy({ userMayChange: ['features.news', 'nope.nothing'] });
    expect(value.userMayChange).toEqual(['features.news']);
    expect(issues).toEqual([
      { source: 'policy', path: 'userMayChange[1]', message: '"nope.nothing" is not a setting path' },
    ]);
  });
});

// Values that tend to break validators: wrong types, huge strings, hostile URLs, odd keys.
const hostileLeaf = fc.oneof(
  fc.constantFrom(
    'javascript:alert(1)',
    'data:text/html,<script>1</script>',
    'http://evil.example/',
    'file:///etc/passwd',
    'https://ok.example/',
    '{toolId}',
    '__proto__',
    '',
    'x'.repeat(3000),
  ),
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
);
const hostileKey = fc.oneof(
  fc.constantFrom(
    '__proto__',
    'constructor',
    'prototype',
    'toString',
    'hasOwnProperty',
    'id',
    'url',
    'label',
    'fr',
    'en',
  ),
  fc.string({ maxLength: 12 }),
);
const hostileValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    hostileLeaf,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(hostileKey, tie('value'), { maxKeys: 5 }),
  ),
})).value;

/** Documents shaped like the real thing with hostile values in every slot, so the walk goes deep. */
const nearlyValidDocument = fc.record(
  {
    esn: fc.record({ name: hostileValue, homeUrl: hostileLeaf, launchRoute: hostileLeaf }, { requiredKeys: [] }),
    tools: fc.array(
      fc.record(
        {
          id: fc.oneof(fc.constantFrom('notes', 'BAD'), hostileLeaf),
          label: hostileValue,
          url: hostileLeaf,
          keywords: hostileValue,
          icon: hostileLeaf,
        },
        { requiredKeys: [] },
      ),
      { maxLength: 5 },
    ),
    features: fc.dictionary(fc.constantFrom('news', 'launcher', 'omnibox', 'bogus'), hostileValue),
    links: fc.dictionary(fc.constantFrom('help', 'hotlineEmail', 'feedback', 'zzz'), hostileLeaf),
    polling: fc.record({ intervalMinutes: hostileLeaf }, { requiredKeys: [] }),
    configUrl: hostileLeaf,
    allowedInsecureOrigins: hostileValue,
    userMayChange: hostileValue,
    extra: hostileValue,
  },
  { requiredKeys: [] },
);

describe('validator properties', () => {
  it('never throws, always names a path, and what it keeps passes the strict schema', () => {
    fc.assert(
      fc.property(fc.oneof(hostileValue, nearlyValidDocument, fc.anything()), (raw) => {
        const { value, issues } = validatePolicy(raw);
        for (const issue of issues) {
          expect(issue.path.length).toBeGreaterThan(0);
          expect(issue.message.length).toBeGreaterThan(0);
          expect(issue.source).toBe('policy');
        }
        expect(policySchema.safeParse(value).success).toBe(true);
        const document = validateLenient(configDocumentSchema, raw, { source: 'document' });
        expect(configDocumentSchema.safeParse(document.value).success).toBe(true);
        for (const issue of document.issues) expect(issue.path).not.toBe('');
      }),
      { numRuns: 2000 },
    );
  }, 120_000);

  it('keeps every kept URL within the address policy', () => {
    fc.assert(
      fc.property(nearlyValidDocument, (raw) => {
        const { value } = validateLenient(configDocumentSchema, raw, { source: 'document' });
        const urls = [
          value.esn?.homeUrl,
          ...(value.tools ?? []).map((tool) => tool.url),
          ...Object.values(value.links ?? {}),
        ];
        for (const url of urls) {
          if (typeof url === 'string' && url.includes(':'))
            expect(url).toMatch(/^(https:|http:\/\/(127\.0\.0\.1|localhost|\[::1\]))/i);
        }
      }),
      { numRuns: 2000 },
    );
  }, 120_000);
});

describe('lists', () => {
  it('ignores a list whose every item was refused, so the next source’s list applies', () => {
    const { value, issues } = validateLenient(
      configDocumentSchema,
      { tools: [{ id: 'evil', label: 'E', url: 'javascript:alert(1)' }] },
      { source: 'policy' },
    );
    expect(value).toEqual({});
    expect(issues.map((issue) => [issue.path, issue.message])).toContainEqual([
      'tools',
      'every item was refused: the list is ignored',
    ]);
  });
});
