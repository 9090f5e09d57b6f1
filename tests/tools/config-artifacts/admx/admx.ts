/**
 * The ADMX file for one browser: Passerelle's settings as Group Policy settings, each writing the registry value
 * Chromium reads into the extension's managed storage. Its words are in the ADML files (adml.ts).
 */
import { MAX_TEXT } from '../../../../utils/config/schema-fields';
import { ADMX_BROWSERS, type AdmxBrowser, extensionPolicyKey } from './browsers';
import { categoriesOf, type PolicyDef, policyDefs } from './policy-defs';
import { xmlText } from './xml-text';

export const ADMX_NAMESPACE = 'http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions';
export const ROOT_CATEGORY = 'passerelle';
export const SUPPORTED_ON = 'SUPPORTED_PASSERELLE';

export function categoryName(category: string): string {
  return `${ROOT_CATEGORY}_${category}`;
}

function elementsXml(def: PolicyDef, key: string): string[] {
  const element = def.element;
  const id = def.name;
  switch (element.kind) {
    case 'boolean':
      return [
        '      <enabledValue><decimal value="1"/></enabledValue>',
        '      <disabledValue><decimal value="0"/></disabledValue>',
      ];
    case 'decimal':
      return [
        `      <elements><decimal id="${id}" valueName="${def.valueName}" minValue="${element.min}" maxValue="${element.max}" required="true"/></elements>`,
      ];
    case 'text':
    case 'json':
      return [
        `      <elements><text id="${id}" valueName="${def.valueName}" maxLength="${element.maxLength}" required="true"/></elements>`,
      ];
    case 'list':
      // valuePrefix="" names the values 1, 2, 3…: the numbered values Chromium reads as a list.
      return [`      <elements><list id="${id}" key="${xmlText(key)}" valuePrefix=""/></elements>`];
    case 'label':
      return [
        '      <elements>',
        ...element.languages.map(
          (language) =>
            `        <text id="${id}_${language}" valueName="${language}" maxLength="${MAX_TEXT}" required="true"/>`,
        ),
        '      </elements>',
      ];
  }
}

function policyXml(def: PolicyDef, baseKey: string): string[] {
  const key = def.subkey ? `${baseKey}\\${def.subkey}` : baseKey;
  const presentation = def.element.kind === 'boolean' ? '' : ` presentation="$(presentation.${def.name})"`;
  const valueName = def.element.kind === 'boolean' ? ` valueName="${def.valueName}"` : '';
  return [
    `    <policy name="${def.name}" class="Both" displayName="$(string.${def.name})" explainText="$(string.${def.name}_Explain)"${presentation} key="${xmlText(key)}"${valueName}>`,
    `      <parentCategory ref="${categoryName(def.category)}"/>`,
    `      <supportedOn ref="${SUPPORTED_ON}"/>`,
    ...elementsXml(def, key),
    '    </policy>',
  ];
}

export function admxXml(browser: AdmxBrowser, extensionId: string): string {
  const info = ADMX_BROWSERS[browser];
  const defs = policyDefs();
  const baseKey = extensionPolicyKey(browser, extensionId);
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<policyDefinitions xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" revision="1.0" schemaVersion="1.0" xmlns="${ADMX_NAMESPACE}">`,
    '  <policyNamespaces>',
    `    <target prefix="passerelle" namespace="${info.namespace}"/>`,
    '    <using prefix="windows" namespace="Microsoft.Policies.Windows"/>',
    '  </policyNamespaces>',
    '  <resources minRequiredRevision="1.0"/>',
    '  <supportedOn>',
    '    <definitions>',
    `      <definition name="${SUPPORTED_ON}" displayName="$(string.${SUPPORTED_ON})"/>`,
    '    </definitions>',
    '  </supportedOn>',
    '  <categories>',
    `    <category name="${ROOT_CATEGORY}" displayName="$(string.${ROOT_CATEGORY})"/>`,
    ...categoriesOf(defs).map(
      (category) =>
        `    <category name="${categoryName(category)}" displayName="$(string.${categoryName(category)})"><parentCategory ref="${ROOT_CATEGORY}"/></category>`,
    ),
    '  </categories>',
    '  <policies>',
    ...defs.flatMap((def) => policyXml(def, baseKey)),
    '  </policies>',
    '</policyDefinitions>',
    '',
  ];
  return lines.join('\r\n');
}
