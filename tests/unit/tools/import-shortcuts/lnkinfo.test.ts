// @vitest-environment node
/**
 * Cross-check of the .lnk fixtures and reader with an independent implementation: Debian's liblnk-utils
 * (`lnkinfo`). .ci/run installs it; without it this test fails and says how to install it.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseShellLink, type ShellLink } from '../../../tools/import-shortcuts/lnk/shell-link';
import { LNK_CASES } from './lnk-cases';
import { writeLnk } from './lnk-fixtures';

const LNKINFO = process.env.LNKINFO_PATH ?? 'lnkinfo';
/** lnkinfo's label → the reader's field. */
const FIELDS: Record<string, keyof ShellLink> = {
  'Local path': 'localPath',
  'Network path': 'networkPath',
  'Environment variables location': 'environmentTarget',
  Description: 'name',
  'Relative path': 'relativePath',
  'Working directory': 'workingDir',
  'Command line arguments': 'arguments',
  'Icon location': 'iconLocation',
};

const dir = mkdtempSync(join(tmpdir(), 'passerelle-lnk-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function lnkinfo(path: string): string {
  try {
    return execFileSync(LNKINFO, [path], { encoding: 'utf8' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(`${LNKINFO} is missing: install Debian's liblnk-utils (apt-get install -y liblnk-utils)`);
    }
    throw error;
  }
}

/** The fields lnkinfo prints under "Link information", by the reader's names. */
function lnkinfoFields(output: string): Partial<Record<keyof ShellLink, string>> {
  const fields: Partial<Record<keyof ShellLink, string>> = {};
  for (const match of output.matchAll(/^\t([A-Za-z ]+?)\t+: (.*)$/gm)) {
    const field = FIELDS[match[1] ?? ''];
    if (field) fields[field] = match[2];
  }
  return fields;
}

describe('lnkinfo reads the fixtures as the importer does', () => {
  it.each(Object.entries(LNK_CASES))('%s', (name, spec) => {
    const bytes = writeLnk(spec);
    const path = join(dir, name);
    writeFileSync(path, bytes);
    const printed = lnkinfoFields(lnkinfo(path));
    const read = parseShellLink(bytes);
    const ours = Object.fromEntries(
      Object.values(FIELDS).flatMap((field) => (read[field] ? [[field, read[field]]] : [])),
    );
    expect(Object.keys(printed).length, 'lnkinfo printed no field').toBeGreaterThan(0);
    expect(printed).toEqual(ours);
  });
});
