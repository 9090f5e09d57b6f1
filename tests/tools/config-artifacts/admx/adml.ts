/**
 * The ADML file for one browser and one language: the names, explanations and input boxes of the settings the
 * ADMX declares. Every explanation names the setting path and the registry value it writes.
 */
import { admxXml, categoryName, ROOT_CATEGORY, SUPPORTED_ON } from './admx';
import { ADMX_BROWSERS, type AdmxBrowser, extensionPolicyKey } from './browsers';
import { categoriesOf, type PolicyDef, policyDefs } from './policy-defs';
import { ADML_TEXTS, type AdmlLanguage, type AdmlTexts } from './texts';
import { xmlText } from './xml-text';

/** "Name of the ESN, shown in the popup." → "Name of the ESN, shown in the popup" (the GPO editor's list). */
function displayName(description: string, path: string): string {
  const first = description.split(/(?<=\.)\s/)[0] ?? description;
  return `${first.replace(/\.$/, '')} (${path})`;
}

function registryNote(def: PolicyDef, baseKey: string, texts: AdmlTexts): string {
  const key = def.subkey ? `${baseKey}\\${def.subkey}` : baseKey;
  return `${texts.registry}${texts.colon} HKLM|HKCU\\${key}${def.valueName ? ` → ${def.valueName}` : ''}`;
}

function stringsOf(defs: readonly PolicyDef[], browser: AdmxBrowser, extensionId: string, texts: AdmlTexts) {
  const info = ADMX_BROWSERS[browser];
  const baseKey = extensionPolicyKey(browser, extensionId);
  const entries: [string, string][] = [
    [ROOT_CATEGORY, `Passerelle (${info.displayName})`],
    [SUPPORTED_ON, texts.supportedOn(info.displayName)],
    ...categoriesOf(defs).map((category): [string, string] => [
      categoryName(category),
      texts.categories[category] ?? category,
    ]),
  ];
  for (const def of defs) {
    const description = texts.description(def);
    entries.push([def.name, displayName(description, def.path)]);
    entries.push([
      `${def.name}_Explain`,
      [
        description,
        texts.hints[def.element.kind],
        `${texts.path}${texts.colon} ${def.path}`,
        registryNote(def, baseKey, texts),
      ].join('\n\n'),
    ]);
  }
  return entries;
}

function presentationXml(def: PolicyDef, texts: AdmlTexts): string[] {
  const { labels, colon } = texts;
  const open = `      <presentation id="${def.name}">`;
  switch (def.element.kind) {
    case 'boolean':
      return [];
    case 'decimal':
      return [
        open,
        `        <decimalTextBox refId="${def.name}">${labels.value}${colon}</decimalTextBox>`,
        '      </presentation>',
      ];
    case 'text':
    case 'json': {
      const label = def.element.kind === 'json' ? labels.json : labels.value;
      return [
        open,
        `        <textBox refId="${def.name}"><label>${label}${colon}</label></textBox>`,
        '      </presentation>',
      ];
    }
    case 'list':
      return [open, `        <listBox refId="${def.name}">${labels.list}${colon}</listBox>`, '      </presentation>'];
    case 'label':
      return [
        open,
        ...def.element.languages.map(
          (language) =>
            `        <textBox refId="${def.name}_${language}"><label>${xmlText(labels.languages[language] ?? language)}${colon}</label></textBox>`,
        ),
        '      </presentation>',
      ];
  }
}

export function admlXml(browser: AdmxBrowser, extensionId: string, language: AdmlLanguage): string {
  const texts = ADML_TEXTS[language];
  const info = ADMX_BROWSERS[browser];
  const defs = policyDefs();
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<policyDefinitionResources xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" revision="1.0" schemaVersion="1.0" xmlns="http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions">',
    `  <displayName>${xmlText(texts.fileDescription(info.displayName))}</displayName>`,
    `  <description>${xmlText(texts.fileDescription(info.displayName))}</description>`,
    '  <resources>',
    '    <stringTable>',
    ...stringsOf(defs, browser, extensionId, texts).map(
      ([id, text]) => `      <string id="${id}">${xmlText(text)}</string>`,
    ),
    '    </stringTable>',
    '    <presentationTable>',
    ...defs.flatMap((def) => presentationXml(def, texts)),
    '    </presentationTable>',
    '  </resources>',
    '</policyDefinitionResources>',
    '',
  ];
  return lines.join('\r\n');
}

export const ADML_LANGUAGES: readonly AdmlLanguage[] = ['en-US', 'fr-FR'];

/** Path (PolicyDefinitions layout) → content, for both browsers and both languages. */
export function admxTemplates(extensionId: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const browser of Object.keys(ADMX_BROWSERS) as AdmxBrowser[]) {
    const base = ADMX_BROWSERS[browser].fileBase;
    files[`admx/${base}.admx`] = admxXml(browser, extensionId);
    for (const language of ADML_LANGUAGES)
      files[`admx/${language}/${base}.adml`] = admlXml(browser, extensionId, language);
  }
  return files;
}
