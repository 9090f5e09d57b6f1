// @vitest-environment node
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../e2e/harness/paths';
import { exportedNames, importsOf, sourceFiles } from './import-graph';

/**
 * Every export of the shipped code (utils/, components/) is imported by some other file, product or test: an export
 * nobody imports is either dead code or a helper that should say it is private. An import is counted when the file
 * importing the module (statically or with `import()`) names the export.
 */
const SHIPPED = ['utils', 'components'];
const READERS = ['entrypoints', 'components', 'utils', 'tests'];

function unusedExports(): string[] {
  const exists = (path: string) => existsSync(join(REPO_ROOT, path)) && /\.\w+$/.test(path);
  const readers = [...sourceFiles(REPO_ROOT, READERS), 'wxt.config.ts'];
  const texts = new Map(readers.map((file) => [file, readFileSync(join(REPO_ROOT, file), 'utf8')]));
  const importers = new Map<string, string[]>();
  for (const [file, text] of texts) {
    for (const target of importsOf(file, text, exists)) importers.set(target, [...(importers.get(target) ?? []), file]);
  }
  return sourceFiles(REPO_ROOT, SHIPPED).flatMap((file) =>
    exportedNames(texts.get(file) ?? '')
      .filter(
        (name) =>
          !(importers.get(file) ?? []).some((reader) => new RegExp(`\\b${name}\\b`).test(texts.get(reader) ?? '')),
      )
      .map((name) => `${file}: ${name}`),
  );
}

describe('the shipped code’s exports', () => {
  it('are each imported somewhere', () => {
    expect(unusedExports()).toEqual([]);
  });
});

describe('exportedNames', () => {
  it('reads declarations and export lists, and leaves the default export out', () => {
    const source = [
      'export async function load() {}',
      'export const LIMIT = 3;',
      'export interface Shape {}',
      'export type Kind = "a";',
      'export class Store {}',
      "export { DAY, WEEK as SEVEN_DAYS } from './retention';",
      'export { NAME, type Db };',
      'export default scope;',
      'function privateHelper() {}',
    ].join('\n');
    expect(exportedNames(source)).toEqual([
      'load',
      'LIMIT',
      'Shape',
      'Kind',
      'Store',
      'DAY',
      'SEVEN_DAYS',
      'NAME',
      'Db',
    ]);
  });
});
