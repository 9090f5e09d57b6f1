/**
 * Admin command: turns the shortcuts employees have today into the `tools` of Passerelle's configuration document.
 *   npm run import-shortcuts -- [--out tools.json] <files or folders…>
 * Reads Windows .url, Linux .desktop, a browser's bookmarks export (.html) and Chrome's ManagedBookmarks (.json).
 * Writes `{ "tools": [...] }` to stdout (or --out); the report of skipped shortcuts goes to stderr.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { decodeShortcutBytes, importShortcuts, type ShortcutFile } from '../../utils/import-shortcuts/import-shortcuts';

function usage(): never {
  console.error('Usage: npm run import-shortcuts -- [--out tools.json] <file or folder>…');
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
  const inputs: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--out') out = argv[++i] ?? usage();
    else if (arg === '--help' || arg === '-h') usage();
    else inputs.push(arg);
  }
  if (inputs.length === 0) usage();
  const files: ShortcutFile[] = inputs.flatMap(collect).map((path) => ({
    name: basename(path),
    text: decodeShortcutBytes(readFileSync(path)),
  }));
  const { tools, skipped } = importShortcuts(files);
  const json = `${JSON.stringify({ tools }, null, 2)}\n`;
  if (out) writeFileSync(out, json);
  else process.stdout.write(json);
  console.error(`${tools.length} tool(s) from ${files.length} file(s); ${skipped.length} skipped.`);
  for (const skip of skipped) {
    console.error(`  skipped ${skip.origin}${skip.label ? ` "${skip.label}"` : ''}: ${skip.reason}`);
  }
}

main(process.argv.slice(2));
