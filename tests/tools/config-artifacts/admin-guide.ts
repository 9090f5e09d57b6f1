/**
 * The generated parts of ADMIN.md: regions between `<!-- generated:NAME -->` and `<!-- /generated:NAME -->`.
 * `npm run schema` rewrites them; a unit test fails when the committed guide differs.
 */
import { indicatorFieldsMarkdown } from './indicator-fields';
import { keyReferenceMarkdown } from './key-reference';
import { policyTemplates } from './policy-templates';

const FENCE_LANGUAGE: Record<string, string> = { json: 'json', reg: 'reg', mobileconfig: 'xml', ps1: 'powershell' };

/**
 * The templates the guide shows in full; the others (per-user .reg, Edge's uninstall .reg and macOS profile) differ
 * from one of these only by the hive or the browser, and the guide says how.
 */
export const GUIDE_TEMPLATES = [
  'windows-chrome.reg',
  'windows-edge.reg',
  'windows-chrome-uninstall.reg',
  'passerelle-extension-settings.ps1',
  'extension-settings-merge-example.json',
  'macos-chrome.mobileconfig',
  'linux-chromium-passerelle.json',
  'firefox-policies.json',
];

export function generatedRegions(): Record<string, string> {
  const regions: Record<string, string> = {
    'key-reference': keyReferenceMarkdown(),
    'indicator-fields': indicatorFieldsMarkdown(),
  };
  const templates = policyTemplates();
  for (const file of GUIDE_TEMPLATES) {
    const content = templates[file] ?? '';
    const language = FENCE_LANGUAGE[file.split('.').pop() ?? ''] ?? '';
    regions[file] = `\`\`\`${language}\n${content.replaceAll('\r\n', '\n').trimEnd()}\n\`\`\``;
  }
  return regions;
}

const REGION = /<!-- generated:([\w.-]+) -->\n(?:([\s\S]*?)\n)?<!-- \/generated:\1 -->/g;

/** NAME → the region's current text in the guide. */
export function readRegions(markdown: string): Record<string, string> {
  return Object.fromEntries([...markdown.matchAll(REGION)].map((match) => [match[1], match[2] ?? '']));
}

export function writeRegions(markdown: string, regions: Record<string, string>): string {
  return markdown.replace(REGION, (whole, name: string) =>
    regions[name] === undefined ? whole : `<!-- generated:${name} -->\n${regions[name]}\n<!-- /generated:${name} -->`,
  );
}

function normaliseTable(text: string): string {
  return text
    .split('\n')
    .map((line) =>
      line
        .split(/(?<!\\)\|/)
        .map((cell) => cell.trim().replace(/^-+$/, '---'))
        .join('|'),
    )
    .join('\n');
}

/**
 * A region's meaning, whatever the formatter (biome formats Markdown, its tables and its JSON blocks) did to
 * its layout: JSON blocks compare by value, tables cell by cell, other blocks exactly.
 */
export function normaliseRegion(text: string): string {
  const json = /^```json\n([\s\S]*)\n```$/.exec(text);
  if (json) {
    try {
      return `json:${JSON.stringify(JSON.parse(json[1] ?? ''))}`;
    } catch {
      return text;
    }
  }
  return text.startsWith('|') ? normaliseTable(text) : text;
}
