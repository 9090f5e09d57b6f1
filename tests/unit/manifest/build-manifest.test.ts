import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildManifest } from '@/utils/manifest/build-manifest';

const readme = readFileSync(join(__dirname, '../../../README.md'), 'utf8');
const permissionsTable = readme.slice(readme.indexOf('## Permissions'), readme.indexOf('## Building the packages'));

describe('the manifest’s permissions', () => {
  it.each(['chrome', 'firefox'])(
    'in %s: each one is explained in README › Permissions, and there is no "tabs"',
    (name) => {
      const manifest = buildManifest(name, {});
      const asked = [...manifest.permissions, ...manifest.optional_permissions];
      for (const permission of asked) expect(permissionsTable).toContain(`| \`${permission}\``);
      expect(asked).not.toContain('tabs');
      // Pages shown in tabs come from filtered navigation events, which wake the background only where they match.
      expect(asked).toContain('webNavigation');
    },
  );
});
