// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_FEATURES } from '@/utils/config/effective';
import { policySchema } from '@/utils/config/policy-schema';
import { validatePolicy } from '@/utils/config/validate-sources';
import { CHROMIUM_EXTENSION_ID, GECKO_ID } from '@/utils/manifest/build-manifest';
import {
  GUIDE_TEMPLATES,
  generatedRegions,
  normaliseRegion,
  readRegions,
} from '../../../tools/config-artifacts/admin-guide';
import { managedSchemaJson } from '../../../tools/config-artifacts/managed-schema';
import { EXAMPLE_POLICY } from '../../../tools/config-artifacts/policy-example';
import { policyTemplates } from '../../../tools/config-artifacts/policy-templates';

const root = join(__dirname, '../../../..');
const guide = readFileSync(join(root, 'ADMIN.md'), 'utf8');
const regions = readRegions(guide);

describe('ADMIN.md', () => {
  it('has every generated region, up to date (run `npm run schema` after a schema change)', () => {
    const expected = generatedRegions();
    expect(Object.keys(regions).sort()).toEqual(Object.keys(expected).sort());
    for (const [name, text] of Object.entries(expected)) {
      expect(normaliseRegion(regions[name] ?? ''), name).toBe(normaliseRegion(text));
    }
  });

  it('shows a policy that passes the validator with no issue', () => {
    expect(validatePolicy(EXAMPLE_POLICY).issues).toEqual([]);
  });

  it('has JSON examples whose policies pass the validator as written in the guide', () => {
    const fenced = (name: string) => JSON.parse((regions[name] ?? '').replace(/^```json\n|\n```$/g, ''));
    const linux = fenced('linux-chromium-passerelle.json');
    expect(validatePolicy(linux['3rdparty'].extensions[CHROMIUM_EXTENSION_ID])).toEqual({
      value: EXAMPLE_POLICY,
      issues: [],
    });
    const firefox = fenced('firefox-policies.json');
    expect(validatePolicy(firefox.policies['3rdparty'].Extensions[GECKO_ID])).toEqual({
      value: EXAMPLE_POLICY,
      issues: [],
    });
  });

  it('has a registry example whose values read back to the policy', () => {
    const reg = regions['windows-chrome.reg'] ?? '';
    const section = reg.split(`\\3rdparty\\extensions\\${CHROMIUM_EXTENSION_ID}\\policy]\n`)[1] ?? '';
    const values = Object.fromEntries(
      [...section.matchAll(/^"(\w+)"="((?:[^"\\]|\\.)*)"$/gm)].map(([, key, raw]) => {
        const text = (raw ?? '').replace(/\\(.)/g, '$1');
        return [key, text.startsWith('{') || text.startsWith('[') ? JSON.parse(text) : text];
      }),
    );
    expect(validatePolicy(values)).toEqual({ value: EXAMPLE_POLICY, issues: [] });
  });

  it('names both extension ids', () => {
    expect(guide).toContain(CHROMIUM_EXTENSION_ID);
    expect(guide).toContain(GECKO_ID);
  });
});

describe('public/managed_schema.json', () => {
  it('is the one generated from the zod schemas (run `npm run schema`)', () => {
    expect(readFileSync(join(root, 'public/managed_schema.json'), 'utf8')).toBe(managedSchemaJson());
  });

  it('uses only what Chromium’s policy schema supports, with a title and a description per key', () => {
    const allowed = new Set([
      'type',
      'title',
      'description',
      'properties',
      'additionalProperties',
      'items',
      'pattern',
      'minimum',
      'maximum',
    ]);
    const visit = (node: Record<string, unknown>, path: string): void => {
      for (const key of Object.keys(node)) expect(allowed.has(key), `${path}.${key}`).toBe(true);
      expect(typeof node.type, path).toBe('string');
      // Chromium bounds integers only: a bounded "number" makes it refuse to load the extension.
      if ('minimum' in node || 'maximum' in node) expect(node.type, path).toBe('integer');
      if (path !== '' && !path.endsWith('[]') && !path.endsWith('*')) {
        expect(node.title, path).toBeTruthy();
        expect(node.description, path).toBeTruthy();
      }
      for (const [key, child] of Object.entries((node.properties ?? {}) as Record<string, Record<string, unknown>>)) {
        visit(child, `${path}.${key}`);
      }
      if (node.items) visit(node.items as Record<string, unknown>, `${path}[]`);
      if (node.additionalProperties) visit(node.additionalProperties as Record<string, unknown>, `${path}*`);
    };
    visit(JSON.parse(managedSchemaJson()), '');
  });

  it('has the same keys as the policy schema', () => {
    const schema = JSON.parse(managedSchemaJson());
    expect(Object.keys(schema.properties)).toEqual(Object.keys(policySchema.shape));
    expect(Object.keys(schema.properties.features.properties)).toEqual(Object.keys(DEFAULT_FEATURES));
  });
});

describe('policy templates', () => {
  it('emits one file per platform and use, and the guide shows the main ones', () => {
    expect(Object.keys(policyTemplates()).sort()).toEqual([
      'extension-settings-merge-example.json',
      'firefox-policies.json',
      'linux-chromium-passerelle.json',
      'macos-chrome.mobileconfig',
      'macos-edge.mobileconfig',
      'passerelle-extension-settings.ps1',
      'windows-chrome-uninstall.reg',
      'windows-chrome-user.reg',
      'windows-chrome.reg',
      'windows-edge-uninstall.reg',
      'windows-edge-user.reg',
      'windows-edge.reg',
    ]);
    for (const file of GUIDE_TEMPLATES) expect(Object.keys(policyTemplates()), file).toContain(file);
    const profile = policyTemplates()['macos-chrome.mobileconfig'];
    expect(profile).toContain(`<string>com.google.Chrome.extensions.${CHROMIUM_EXTENSION_ID}</string>`);
    expect(profile).toContain('<key>configUrl</key>');
  });
});
