// @vitest-environment node
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { IDB_VERSIONS, ITEM_VERSIONS } from './stored-items';

/**
 * The version rule: a stored format (a storage item's version, an IndexedDB schema version) never changes
 * without a new extension version, so an upgrade always knows which format it starts from.
 */
const ROOT = join(import.meta.dirname, '../../..');
const RECORD_PATH = 'tests/unit/storage/stored-formats.json';

interface Formats {
  version: string;
  items: Record<string, number>;
  idb: Record<string, number>;
}

const newer = (a: string, b: string) => {
  const [x, y] = [a, b].map((version) => version.split('.').map(Number));
  for (let i = 0; i < 3; i += 1) if ((x?.[i] ?? 0) !== (y?.[i] ?? 0)) return (x?.[i] ?? 0) > (y?.[i] ?? 0);
  return false;
};

/** Keys in order, so the record reads the same whoever writes it. */
const canonical = (value: object) =>
  JSON.stringify(
    value,
    (_key, inner: unknown) =>
      inner && typeof inner === 'object' && !Array.isArray(inner)
        ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b)))
        : inner,
    2,
  );

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

it('knows every storage item the code defines', () => {
  const defined = sourceFiles(join(ROOT, 'utils')).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/define(?:Healed)?Item(?:<[^(]*>)?\(\s*'(local|session|sync):(\w+)'/g)].map(
      (match) => `${match[1]}:${match[2]}`,
    ),
  );
  expect(defined.length).toBeGreaterThan(10);
  expect(Object.keys(ITEM_VERSIONS).sort(), 'add the new item to tests/unit/storage/stored-items.ts').toEqual(
    [...new Set(defined)].sort(),
  );
});

it('changes no stored format without a new extension version', () => {
  const recorded = JSON.parse(readFileSync(join(ROOT, RECORD_PATH), 'utf8')) as Formats;
  const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  const current = { items: ITEM_VERSIONS, idb: IDB_VERSIONS };
  const same = canonical(current) === canonical({ items: recorded.items, idb: recorded.idb });
  if (same) return;
  const wanted = canonical({ version, ...current });
  expect(
    newer(version, recorded.version),
    `A stored format changed since ${recorded.version} (see ${RECORD_PATH}). Bump "version" in package.json above ${recorded.version}, add a migration and a fixture under tests/unit/storage/fixtures/, then write the new formats into ${RECORD_PATH}.`,
  ).toBe(true);
  expect.fail(`Stored formats changed with version ${version}: write this into ${RECORD_PATH}:\n${wanted}`);
});
