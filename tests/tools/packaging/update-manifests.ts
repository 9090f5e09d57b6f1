/**
 * What the browsers poll for new versions: Chrome/Edge's update manifest (gupdate protocol 2.0) and Firefox's
 * updates.json. Each lists the one version the organisation hosts now.
 */
import { createHash } from 'node:crypto';

function xmlAttribute(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll("'", '&apos;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

export function chromiumUpdatesXml(extensionId: string, version: string, crxUrl: string): string {
  return [
    "<?xml version='1.0' encoding='UTF-8'?>",
    "<gupdate xmlns='http://www.google.com/update2/response' protocol='2.0'>",
    `  <app appid='${xmlAttribute(extensionId)}'>`,
    `    <updatecheck codebase='${xmlAttribute(crxUrl)}' version='${xmlAttribute(version)}' />`,
    '  </app>',
    '</gupdate>',
    '',
  ].join('\n');
}

/** Firefox checks update_hash against the downloaded file (required when the link is not https). */
export function firefoxUpdatesJson(geckoId: string, version: string, xpiUrl: string, xpi: Uint8Array): string {
  const hash = createHash('sha256').update(xpi).digest('hex');
  const update = { version, update_link: xpiUrl, update_hash: `sha256:${hash}` };
  return `${JSON.stringify({ addons: { [geckoId]: { updates: [update] } } }, null, 2)}\n`;
}
