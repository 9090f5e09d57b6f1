/**
 * The import statements of the extension's source, resolved to files, and the names each file exports, for the
 * convention tests. Reads `import … from`, `export … from`, side-effect imports and `import()`; `@/` is the project
 * root.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';

export interface ImportEdge {
  /** The importing file, relative to the root ("utils/launcher/launch.ts"). */
  from: string;
  /** The imported file, relative to the root. */
  to: string;
}

const IMPORT =
  /(?:\bimport|\bexport)\s+(?:type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;
const EXTENSIONS = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'];

export function sourceFiles(root: string, dirs: readonly string[]): string[] {
  return dirs.flatMap((dir) =>
    readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
      .map((entry) => relative(root, join(entry.parentPath, entry.name))),
  );
}

/** The project files a source imports (packages are left out). `exists` is injected so tests can feed made-up trees. */
export function importsOf(file: string, source: string, exists: (path: string) => boolean): string[] {
  const found: string[] = [];
  for (const match of source.matchAll(IMPORT)) {
    const specifier = match[1] ?? match[2] ?? '';
    let base: string;
    if (specifier.startsWith('@/')) base = specifier.slice(2);
    else if (specifier.startsWith('.')) base = join(dirname(file), specifier);
    else continue;
    const target = EXTENSIONS.map((extension) => normalize(base + extension)).find(exists);
    if (target) found.push(target);
  }
  return found;
}

export function importEdges(root: string, dirs: readonly string[]): ImportEdge[] {
  const exists = (path: string) => existsSync(join(root, path)) && /\.\w+$/.test(path);
  return sourceFiles(root, dirs).flatMap((from) =>
    importsOf(from, readFileSync(join(root, from), 'utf8'), exists).map((to) => ({ from, to })),
  );
}

const DECLARED =
  /^export\s+(?:declare\s+)?(?:async\s+)?(?:function\*?|const|let|var|class|interface|type|enum)\s+([A-Za-z_$][\w$]*)/gm;
const LISTED = /^export\s+(?:type\s+)?\{([^}]*)\}/gm;

/** The names a source exports, in the order written: declarations and export lists (`default` left out). */
export function exportedNames(source: string): string[] {
  const found: Array<{ at: number; name: string }> = [];
  for (const match of source.matchAll(DECLARED)) found.push({ at: match.index, name: match[1] ?? '' });
  for (const match of source.matchAll(LISTED)) {
    for (const part of (match[1] ?? '').split(',')) {
      // `type Db`, `WEEK as SEVEN_DAYS`: the name others import.
      const name = part
        .replace(/^\s*type\s+/, '')
        .split(/\s+as\s+/)
        .pop()
        ?.trim();
      if (name) found.push({ at: match.index, name });
    }
  }
  return found.sort((a, b) => a.at - b.at).map(({ name }) => name);
}
