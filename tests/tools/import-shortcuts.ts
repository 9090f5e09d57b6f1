/**
 * Admin command: turns the shortcuts employees have today into the `tools` of Passerelle's configuration document.
 *   npm run import-shortcuts -- [--out tools.json] [--removal-script remove.ps1] <files or folders…>
 * Reads Windows .lnk and .url, Linux .desktop, a browser's bookmarks export (.html) and Chrome's ManagedBookmarks
 * (.json). Writes `{ "tools": [...] }` to stdout (or --out); the report of skipped shortcuts goes to stderr. With
 * --removal-script, also writes the PowerShell script that removes the desktop shortcuts that became tools.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { importShortcuts, type ShortcutFile } from './import-shortcuts/import-shortcuts';
import { isDesktopShortcut, removalScript, scriptBytes } from './import-shortcuts/removal-script';

function usage(): never {
  console.error(
    'Usage: npm run import-shortcuts -- [--out tools.json] [--removal-script remove.ps1] <file or folder>…',
  );
  process.exit(2);
}

function collect(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((entry) => collect(join(path, entry)));
}

function main(argv: string[]): void {
  let out: string | undefined;
  let removal: string | undefined;
  const inputs: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--out') out = argv[++i] ?? usage();
    else if (arg === '--removal-script') removal = argv[++i] ?? usage();
    else if (arg === '--help' || arg === '-h') usage();
    else inputs.push(arg);
  }
  if (inputs.length === 0) usage();
  const files: ShortcutFile[] = inputs.flatMap(collect).map((path) => ({
    name: basename(path),
    path: resolve(path),
    bytes: readFileSync(path),
  }));
  const { tools, skipped, imported } = importShortcuts(files);
  const json = `${JSON.stringify({ tools }, null, 2)}\n`;
  if (out) writeFileSync(out, json);
  else process.stdout.write(json);
  console.error(`${tools.length} tool(s) from ${files.length} file(s); ${skipped.length} skipped.`);
  for (const skip of skipped) {
    console.error(`  skipped ${skip.origin}${skip.label ? ` "${skip.label}"` : ''}: ${skip.reason}`);
  }
  if (removal) {
    const entries = imported
      .filter(({ file }) => isDesktopShortcut(file.name))
      .map(({ file, toolId }) => ({
        path: file.path ?? file.name,
        name: file.name,
        sha256: createHash('sha256')
          .update(file.bytes ?? '')
          .digest('hex'),
        toolId,
      }));
    writeFileSync(removal, scriptBytes(removalScript(entries)));
    console.error(`Removal script for ${entries.length} shortcut(s): ${removal} (dry run unless run with -Apply)`);
  }
}

main(process.argv.slice(2));
