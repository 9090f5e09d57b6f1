// @vitest-environment node
/**
 * The removal script IT gets from `npm run import-shortcuts -- --removal-script`: run the real command on a
 * folder of shortcuts and read the script it wrote. PowerShell is not in Debian's repositories (apt-cache policy
 * powershell: no candidate), so the script is checked by its content, not run.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removalScript } from '../../../tools/import-shortcuts/removal-script';
import { LNK_CASES } from './lnk-cases';
import { writeLnk } from './lnk-fixtures';

const root = join(import.meta.dirname, '../../../..');
const dir = mkdtempSync(join(tmpdir(), 'passerelle-removal-'));
const desktop = join(dir, 'Desktop');
const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex').toUpperCase();
let script = '';
let bytes: Buffer;

beforeAll(() => {
  mkdirSync(desktop);
  for (const [name, spec] of Object.entries(LNK_CASES)) writeFileSync(join(desktop, name), writeLnk(spec));
  copyFileSync(join(import.meta.dirname, 'fixtures/Intranet.url'), join(desktop, 'Intranet http.url'));
  copyFileSync(join(import.meta.dirname, 'fixtures/Notes de frais.url'), join(desktop, 'Frais.url'));
  copyFileSync(join(import.meta.dirname, 'fixtures/paie.desktop'), join(desktop, 'paie.desktop'));
  // The command `npm run import-shortcuts` runs, started as tsx's own bin would be: npx alone costs ~1 s here.
  execFileSync(
    process.execPath,
    [
      createRequire(import.meta.url).resolve('tsx/cli'),
      'tests/tools/import-shortcuts.ts',
      '--out',
      join(dir, 'tools.json'),
      '--removal-script',
      join(dir, 'remove.ps1'),
      desktop,
    ],
    { cwd: root, stdio: 'pipe' },
  );
  bytes = readFileSync(join(dir, 'remove.ps1'));
  script = bytes.toString('utf8').replace(/^\ufeff/, '');
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function listed(text: string) {
  return [
    ...text.matchAll(
      /^ {2}@\{ Path = '((?:[^']|'')*)'; Name = '((?:[^']|'')*)'; Sha256 = '([0-9A-F]{64})'; Tool = '([a-z0-9-]+)' \},?$/gm,
    ),
  ].map(([, path, name, hash, tool]) => ({ path: path?.replaceAll("''", "'"), name, hash, tool }));
}

describe('removal script', () => {
  it('lists exactly the desktop shortcuts that became tools (or have the address of one), by path and SHA-256, and none of the refused ones', () => {
    const tools = JSON.parse(readFileSync(join(dir, 'tools.json'), 'utf8')).tools as { id: string }[];
    const expected = [
      ['Frais.url', 'frais'],
      ['Intranet.lnk', 'intranet'],
      ['Notes de frais.lnk', 'frais'], // same address as Frais.url, read first: covered by the tool "frais"

      ['Planning.lnk', 'planning'],
      ['Portail.lnk', 'portail'],
      ['Réservation de véhicule.lnk', 'reservation-de-vehicule'],
    ];
    expect(listed(script)).toEqual(
      expected.map(([name, tool]) => ({
        path: join(desktop, name ?? ''),
        name,
        hash: sha256(join(desktop, name ?? '')),
        tool,
      })),
    );
    expect(tools.map((tool) => tool.id).sort()).toEqual(
      [...new Set([...expected.map(([, tool]) => tool), 'bulletins-de-paie'])].sort(),
    );
    for (const refused of ['Congés.lnk', 'Calculatrice.lnk', 'Outil compta.lnk', 'Chrome.lnk', 'Intranet http.url']) {
      expect(script).not.toContain(refused);
    }
    expect(script, 'a Linux launcher is not a desktop shortcut IT removes').not.toContain('paie.desktop');
  });

  it('is UTF-8 with a byte-order mark, so Windows PowerShell reads the accented names', () => {
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(script).toContain("Name = 'Réservation de véhicule.lnk'");
  });

  it('only lists unless run with -Apply, and keeps a shortcut whose content changed', () => {
    expect(script).toContain('param([string]$Folder, [switch]$Apply)');
    expect(script).toContain('[CmdletBinding(SupportsShouldProcess = $true)]');
    const removeLine = script.split('\r\n').findIndex((line) => line.includes('Remove-Item'));
    expect(script.split('\r\n')[removeLine - 1]).toBe(
      "  if ($Apply -and $PSCmdlet.ShouldProcess($Target, 'Remove shortcut')) {",
    );
    expect(script.match(/Remove-Item/g)).toHaveLength(1);
    expect(script).toContain('$Hash = (Get-FileHash -LiteralPath $Target -Algorithm SHA256).Hash');
    expect(script).toContain(
      'if ($Hash -ne $Shortcut.Sha256) { Write-Output "changed since the import, kept: $Target"; continue }',
    );
    expect(script).toContain('Write-Output "would remove: $Target (now the tool $($Shortcut.Tool))"');
  });

  it('quotes paths with an apostrophe the PowerShell way', () => {
    const text = removalScript([
      { path: "C:\\Users\\d'Arc\\a.lnk", name: 'a.lnk', sha256: 'ab'.repeat(32), toolId: 'a' },
    ]);
    expect(listed(text)[0]?.path).toBe("C:\\Users\\d'Arc\\a.lnk");
    expect(text).toContain("Path = 'C:\\Users\\d''Arc\\a.lnk'");
  });
});
