// @vitest-environment node
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { chromiumUpdatesXml, firefoxUpdatesJson } from '../../../tools/packaging/update-manifests';

describe('update manifests', () => {
  it('updates.xml is a gupdate 2.0 response naming the id, version and escaped CRX address', () => {
    // Real Chromium reads this file in tests/e2e/deploy.chromium.test.ts; here, its exact text.
    const text = chromiumUpdatesXml('abcdefghijklmnopabcdefghijklmnop', '1.4.0', "https://x.example/p.crx?a=1&b='2'");
    expect(text).toBe(
      [
        "<?xml version='1.0' encoding='UTF-8'?>",
        "<gupdate xmlns='http://www.google.com/update2/response' protocol='2.0'>",
        "  <app appid='abcdefghijklmnopabcdefghijklmnop'>",
        "    <updatecheck codebase='https://x.example/p.crx?a=1&amp;b=&apos;2&apos;' version='1.4.0' />",
        '  </app>',
        '</gupdate>',
        '',
      ].join('\n'),
    );
  });

  it('updates.json lists the version, its link and the SHA-256 of the .xpi', () => {
    const xpi = Buffer.from('xpi bytes');
    const json = JSON.parse(firefoxUpdatesJson('passerelle@acme.example', '1.4.0', 'https://x.example/p.xpi', xpi));
    expect(json).toEqual({
      addons: {
        'passerelle@acme.example': {
          updates: [
            {
              version: '1.4.0',
              update_link: 'https://x.example/p.xpi',
              update_hash: `sha256:${createHash('sha256').update(xpi).digest('hex')}`,
            },
          ],
        },
      },
    });
  });
});
