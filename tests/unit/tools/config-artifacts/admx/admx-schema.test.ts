// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { policySchema } from '@/utils/config/policy-schema';
import { settingPaths } from '@/utils/config/schema-walk';
import { validatePolicy } from '@/utils/config/validate-sources';
import { CHROMIUM_EXTENSION_ID } from '@/utils/manifest/build-manifest';
import { admxXml } from '../../../../tools/config-artifacts/admx/admx';
import { type AdmxBrowser, extensionPolicyKey } from '../../../../tools/config-artifacts/admx/browsers';
import { categoriesOf, policyDefs } from '../../../../tools/config-artifacts/admx/policy-defs';
import { ADML_TEXTS } from '../../../../tools/config-artifacts/admx/texts';
import { FRENCH_DESCRIPTIONS } from '../../../../tools/config-artifacts/admx/texts-fr';
import { buildManagedSchema } from '../../../../tools/config-artifacts/managed-schema';
import { EXAMPLE_POLICY } from '../../../../tools/config-artifacts/policy-example';
import { attr, child, children, type Node, parseXml } from './admx-xml';
import { type Registry, readKey, setValue } from './chromium-registry';

const paths = settingPaths(policySchema);

function valueAt(path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], EXAMPLE_POLICY);
}

/** What the Group Policy editor writes when each policy is enabled with the example's value, read from the ADMX. */
function registryFromAdmx(browser: AdmxBrowser): Registry {
  const registry: Registry = new Map();
  const admx = child(parseXml(admxXml(browser, CHROMIUM_EXTENSION_ID)), 'policyDefinitions');
  for (const policy of children(child(admx, 'policies'), 'policy')) {
    const path = paths.find((candidate) => candidate.replaceAll('.', '_') === attr(policy, 'name')) ?? '';
    const value = valueAt(path);
    if (value === undefined) continue;
    const key = attr(policy, 'key');
    if (attr(policy, 'valueName')) {
      const chosen = child(policy, value ? 'enabledValue' : 'disabledValue');
      setValue(registry, key, attr(policy, 'valueName'), Number(attr(child(chosen, 'decimal'), 'value')));
    }
    const elements = child(policy, 'elements');
    for (const decimal of children(elements, 'decimal'))
      setValue(registry, key, attr(decimal, 'valueName'), Number(value));
    const texts = children(elements, 'text');
    for (const text of texts) {
      const name = attr(text, 'valueName');
      const written = texts.length > 1 ? (value as Record<string, string>)[name] : value;
      setValue(registry, key, name, typeof written === 'string' ? written : JSON.stringify(written));
    }
    for (const list of children(elements, 'list')) {
      (value as string[]).forEach((item, index) => {
        setValue(registry, attr(list, 'key'), `${attr(list, 'valuePrefix')}${index + 1}`, item);
      });
    }
  }
  return registry;
}

describe('ADMX in step with the policy schema', () => {
  it('has one policy per setting path, named after it', () => {
    const admx = child(parseXml(admxXml('chrome', CHROMIUM_EXTENSION_ID)), 'policyDefinitions');
    const names = children(child(admx, 'policies'), 'policy').map((policy: Node) => attr(policy, 'name'));
    expect(names).toEqual(paths.map((path) => path.replaceAll('.', '_')));
  });

  it('has a French explanation for every setting and none for a setting that no longer exists', () => {
    expect(Object.keys(FRENCH_DESCRIPTIONS).sort()).toEqual([...paths].sort());
  });

  it('names every category in both languages', () => {
    for (const texts of Object.values(ADML_TEXTS)) {
      for (const category of categoriesOf(policyDefs())) expect(texts.categories[category], category).toBeTruthy();
    }
  });

  it.each(['chrome', 'edge'] as AdmxBrowser[])(
    '%s: the values the policies write read back, the way Chromium reads the registry, to the example policy',
    (browser) => {
      const registry = registryFromAdmx(browser);
      const read = readKey(registry, extensionPolicyKey(browser, CHROMIUM_EXTENSION_ID), buildManagedSchema());
      expect(validatePolicy(read)).toEqual({ value: EXAMPLE_POLICY, issues: [] });
    },
  );
});
