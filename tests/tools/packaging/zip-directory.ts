/** A built extension directory as a zip, with another manifest.json; fixed dates so the bytes are reproducible. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import JSZip from 'jszip';

const FIXED_DATE = new Date('2020-01-01T00:00:00Z');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((entry) => join(dir, entry))
    .filter((path) => statSync(path).isFile())
    .map((path) => relative(dir, path).split(sep).join('/'))
    .sort();
}

export async function zipExtension(dir: string, manifest: unknown): Promise<Buffer> {
  const zip = new JSZip();
  for (const file of filesUnder(dir)) {
    const content = file === 'manifest.json' ? JSON.stringify(manifest, null, 2) : readFileSync(join(dir, file));
    zip.file(file, content, { date: FIXED_DATE });
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}
