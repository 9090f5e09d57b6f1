// @vitest-environment node
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { CHROMIUM_EXTENSION_ID } from '@/utils/manifest/build-manifest';
import { ADML_LANGUAGES, admlXml, admxTemplates } from '../../../../tools/config-artifacts/admx/adml';
import { ADMX_NAMESPACE, admxXml } from '../../../../tools/config-artifacts/admx/admx';
import { type AdmxBrowser, extensionPolicyKey } from '../../../../tools/config-artifacts/admx/browsers';
import { attr, child, children, type Node, parseXml } from './admx-xml';

const BROWSERS: AdmxBrowser[] = ['chrome', 'edge'];
const ORG_ID = 'abcdefghijklmnopabcdefghijklmnop';

function parsedAdmx(browser: AdmxBrowser) {
  return child(parseXml(admxXml(browser, CHROMIUM_EXTENSION_ID)), 'policyDefinitions');
}

function parsedAdml(browser: AdmxBrowser, language: (typeof ADML_LANGUAGES)[number]) {
  const resources = child(
    child(parseXml(admlXml(browser, CHROMIUM_EXTENSION_ID, language)), 'policyDefinitionResources'),
    'resources',
  );
  const strings = new Map(children(child(resources, 'stringTable'), 'string').map((s) => [attr(s, 'id'), s['#text']]));
  const presentations = new Map(
    children(child(resources, 'presentationTable'), 'presentation').map((p) => [attr(p, 'id'), p]),
  );
  return { strings, presentations };
}

const policiesOf = (admx: Node) => children(child(admx, 'policies'), 'policy');

/** Element ids of a policy (text, decimal, list), which the presentation's refIds must name. */
function elementIds(policy: Node): string[] {
  const elements = child(policy, 'elements');
  return ['text', 'decimal', 'list'].flatMap((kind) => children(elements, kind).map((element) => attr(element, 'id')));
}

describe('ADMX and ADML files', () => {
  it('are well-formed XML (and the checker does reject a broken file)', () => {
    for (const [path, text] of Object.entries(admxTemplates(CHROMIUM_EXTENSION_ID))) {
      expect(XMLValidator.validate(text), path).toBe(true);
    }
    expect(XMLValidator.validate('<policyDefinitions><policy></policyDefinitions>')).not.toBe(true);
  });

  it('are laid out as in PolicyDefinitions, for both browsers and both languages', () => {
    expect(Object.keys(admxTemplates(CHROMIUM_EXTENSION_ID)).sort()).toEqual([
      'admx/en-US/passerelle-chrome.adml',
      'admx/en-US/passerelle-edge.adml',
      'admx/fr-FR/passerelle-chrome.adml',
      'admx/fr-FR/passerelle-edge.adml',
      'admx/passerelle-chrome.admx',
      'admx/passerelle-edge.admx',
    ]);
  });

  it.each(BROWSERS)('%s: declares the namespaces, the resources revision, supportedOn and categories', (browser) => {
    const admx = parsedAdmx(browser);
    expect(attr(admx, 'xmlns')).toBe(ADMX_NAMESPACE);
    const namespaces = child(admx, 'policyNamespaces');
    expect(attr(child(namespaces, 'target'), 'namespace')).toMatch(/^Passerelle\.Policies\./);
    expect(attr(child(namespaces, 'target'), 'prefix')).toBeTruthy();
    expect(attr(child(namespaces, 'using'), 'namespace')).toBe('Microsoft.Policies.Windows');
    expect(attr(child(admx, 'resources'), 'minRequiredRevision')).toBe('1.0');
    const definitions = children(child(child(admx, 'supportedOn'), 'definitions'), 'definition').map((d) =>
      attr(d, 'name'),
    );
    const categories = children(child(admx, 'categories'), 'category');
    const categoryNames = new Set(categories.map((c) => attr(c, 'name')));
    for (const category of categories) {
      const parent = attr(child(category, 'parentCategory'), 'ref');
      if (parent) expect(categoryNames.has(parent), attr(category, 'name')).toBe(true);
    }
    for (const policy of policiesOf(admx)) {
      const name = attr(policy, 'name');
      expect(categoryNames.has(attr(child(policy, 'parentCategory'), 'ref')), name).toBe(true);
      expect(definitions, name).toContain(attr(child(policy, 'supportedOn'), 'ref'));
      expect(attr(policy, 'class'), name).toBe('Both');
      expect(attr(policy, 'key').startsWith(extensionPolicyKey(browser, CHROMIUM_EXTENSION_ID)), name).toBe(true);
    }
  });

  it('uses the target namespace of its own browser (both files can sit in one central store)', () => {
    const namespaceOf = (browser: AdmxBrowser) =>
      attr(child(child(parsedAdmx(browser), 'policyNamespaces'), 'target'), 'namespace');
    expect(namespaceOf('chrome')).not.toBe(namespaceOf('edge'));
    expect(admxXml('edge', CHROMIUM_EXTENSION_ID)).toContain(
      'Software\\Policies\\Microsoft\\Edge\\3rdparty\\extensions\\',
    );
    expect(admxXml('chrome', CHROMIUM_EXTENSION_ID)).toContain(
      'Software\\Policies\\Google\\Chrome\\3rdparty\\extensions\\',
    );
  });

  for (const browser of BROWSERS) {
    for (const language of ADML_LANGUAGES) {
      it(`${browser} ${language}: every $(string.X) and presentation the ADMX names exists in the ADML`, () => {
        const text = admxXml(browser, CHROMIUM_EXTENSION_ID);
        const { strings, presentations } = parsedAdml(browser, language);
        const stringRefs = [...text.matchAll(/\$\(string\.([\w.-]+)\)/g)].map((match) => match[1] ?? '');
        expect(stringRefs.length).toBeGreaterThan(70);
        for (const id of stringRefs) expect(strings.get(id), id).toBeTruthy();
        for (const policy of policiesOf(parsedAdmx(browser))) {
          const reference = attr(policy, 'presentation');
          if (!reference) {
            expect(elementIds(policy), attr(policy, 'name')).toEqual([]);
            continue;
          }
          const id = /^\$\(presentation\.([\w.-]+)\)$/.exec(reference)?.[1] ?? '';
          const presentation = presentations.get(id);
          expect(presentation, id).toBeDefined();
          const refIds = ['textBox', 'decimalTextBox', 'listBox'].flatMap((kind) =>
            children(presentation, kind).map((box) => attr(box, 'refId')),
          );
          expect(refIds.sort(), id).toEqual(elementIds(policy).sort());
        }
      });
    }
  }

  it('explains each setting in French with French typography (’, non-breaking spaces before : ; ? ! and inside « »)', () => {
    const { strings } = parsedAdml('chrome', 'fr-FR');
    const explain = String(strings.get('features_news_Explain'));
    expect(explain).toContain('Liste des actualités non lues');
    expect(explain).toContain('Réglage\u00a0: features.news');
    for (const [id, text] of strings) {
      expect(String(text), id).not.toMatch(/ [:;?!]|[^\s\u00a0\u202f][;?!]/);
      expect(String(text), id).not.toContain("'");
      expect(String(text), id).not.toMatch(/«(?![\u00a0\u202f])|(?<![\u00a0\u202f])»/);
    }
  });

  it('is filled with the extension id it is given', () => {
    const files = Object.values(admxTemplates(ORG_ID)).join('\n');
    expect(files).toContain(`\\3rdparty\\extensions\\${ORG_ID}\\policy`);
    expect(files).not.toContain(CHROMIUM_EXTENSION_ID);
  });
});
