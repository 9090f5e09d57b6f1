/**
 * What each entrypoint of a built extension loads, and its gzip size: the HTML page's script, its preloaded
 * chunks and stylesheets (linked, or written into the page: wxt.config.ts), and every chunk those scripts import
 * statically (transitively). Chunks reached only through dynamic `import()` are not loaded at open: they are
 * counted apart (`lazyJsGzip`), and so are the background's lazy scripts (utils/lazy/lazy-scripts.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { LAZY_SCRIPTS, lazyScriptUrl } from '../../../utils/lazy/lazy-scripts';

export interface EntrySizes {
  /** e.g. "popup", "options", "background". */
  entry: string;
  files: string[];
  jsBytes: number;
  cssBytes: number;
  jsGzip: number;
  cssGzip: number;
  /** Chunks loaded on demand (dynamic imports), not counted above. */
  lazyFiles: string[];
  lazyJsGzip: number;
}

function gzipSize(path: string): number {
  return gzipSync(readFileSync(path), { level: 9 }).length;
}

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}=["']([^"']+)["']`, 'i').exec(tag)?.[1];
}

/** Resolves a reference from a page or chunk to a file in the build ("/chunks/a.js" is from the root). */
function resolveRef(buildDir: string, fromFile: string, ref: string): string | null {
  if (/^[a-z-]+:/i.test(ref)) return null;
  const path = ref.startsWith('/') ? join(buildDir, ref) : resolve(dirname(fromFile), ref);
  return existsSync(path) ? path : null;
}

/** Scripts and stylesheets an HTML page loads. */
function pageAssets(buildDir: string, htmlFile: string, html: string): string[] {
  const refs: string[] = [];
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = attribute(tag, 'src');
    if (src) refs.push(src);
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = attribute(tag, 'rel') ?? '';
    const href = attribute(tag, 'href');
    if (href && /\b(stylesheet|modulepreload)\b/i.test(rel)) refs.push(href);
  }
  return refs.map((ref) => resolveRef(buildDir, htmlFile, ref)).filter((path): path is string => path !== null);
}

/** Static imports of a (minified) ES module: `import … from"./x.js"`, `import"./x.js"`, `export … from"./x.js"`. */
function staticImports(buildDir: string, jsFile: string): string[] {
  const code = readFileSync(jsFile, 'utf8');
  const refs = [...code.matchAll(/(?:\bimport|\bexport)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+\.js)["']/g)].map(
    (match) => match[1] as string,
  );
  return refs.map((ref) => resolveRef(buildDir, jsFile, ref)).filter((path): path is string => path !== null);
}

/** Dynamic imports, as Vite emits them: import(`./x.js`) or import("./x.js"). */
function dynamicImports(buildDir: string, jsFile: string): string[] {
  const code = readFileSync(jsFile, 'utf8');
  const refs = [...code.matchAll(/\bimport\(\s*[`"']([^`"']+\.js)[`"']\s*\)/g)].map((match) => match[1] as string);
  return refs.map((ref) => resolveRef(buildDir, jsFile, ref)).filter((path): path is string => path !== null);
}

/** What the static closure loads later, through dynamic imports (and everything those import). */
function lazyClosure(buildDir: string, loaded: string[]): string[] {
  const roots = loaded.filter((file) => file.endsWith('.js')).flatMap((file) => dynamicImports(buildDir, file));
  const lazy = new Set<string>();
  for (const file of closure(buildDir, roots)) if (!loaded.includes(file)) lazy.add(file);
  // Chunks reached from lazy chunks' own dynamic imports.
  let grew = true;
  while (grew) {
    grew = false;
    for (const file of closure(
      buildDir,
      [...lazy].flatMap((chunk) => dynamicImports(buildDir, chunk)),
    )) {
      if (!loaded.includes(file) && !lazy.has(file)) {
        lazy.add(file);
        grew = true;
      }
    }
  }
  return [...lazy];
}

function closure(buildDir: string, roots: string[]): string[] {
  const seen = new Set<string>();
  const queue = [...roots];
  while (queue.length > 0) {
    const file = queue.shift() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    if (file.endsWith('.js')) queue.push(...staticImports(buildDir, file));
  }
  return [...seen];
}

/** The stylesheets written into a page (<style>), as one. */
function inlineCss(html: string): string {
  return [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((match) => match[1]).join('');
}

function measure(
  buildDir: string,
  entry: string,
  files: string[],
  lazyScripts: string[] = [],
  pageCss = '',
): EntrySizes {
  const sizes: EntrySizes = {
    entry,
    files: [],
    jsBytes: 0,
    cssBytes: 0,
    jsGzip: 0,
    cssGzip: 0,
    lazyFiles: [],
    lazyJsGzip: 0,
  };
  for (const file of [...lazyClosure(buildDir, files), ...lazyScripts].sort()) {
    sizes.lazyFiles.push(relative(buildDir, file));
    if (file.endsWith('.js')) sizes.lazyJsGzip += gzipSize(file);
  }
  if (pageCss) {
    sizes.cssBytes += Buffer.byteLength(pageCss);
    sizes.cssGzip += gzipSync(pageCss, { level: 9 }).length;
  }
  for (const file of files.sort()) {
    const bytes = readFileSync(file).length;
    sizes.files.push(relative(buildDir, file));
    if (file.endsWith('.css')) {
      sizes.cssBytes += bytes;
      sizes.cssGzip += gzipSize(file);
    } else if (file.endsWith('.js')) {
      sizes.jsBytes += bytes;
      sizes.jsGzip += gzipSize(file);
    }
  }
  return sizes;
}

interface ManifestScripts {
  background?: { service_worker?: string; scripts?: string[] };
  content_scripts?: { js?: string[]; css?: string[] }[];
}

/** Every entrypoint of the build: each HTML page, the background, and each content script. */
export function entrypointSizes(buildDir: string): EntrySizes[] {
  if (!existsSync(join(buildDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${buildDir}: run npm run build`);
  }
  const manifest = JSON.parse(readFileSync(join(buildDir, 'manifest.json'), 'utf8')) as ManifestScripts;
  const entries: EntrySizes[] = [];
  for (const html of readdirSync(buildDir)
    .filter((file) => file.endsWith('.html'))
    .sort()) {
    const page = join(buildDir, html);
    const text = readFileSync(page, 'utf8');
    const assets = closure(buildDir, pageAssets(buildDir, page, text));
    entries.push(measure(buildDir, html.replace(/\.html$/, ''), assets, [], inlineCss(text)));
  }
  const background = [manifest.background?.service_worker, ...(manifest.background?.scripts ?? [])].filter(
    (file): file is string => Boolean(file),
  );
  if (background.length > 0) {
    entries.push(
      measure(
        buildDir,
        'background',
        closure(
          buildDir,
          background.map((file) => join(buildDir, file)),
        ),
        LAZY_SCRIPTS.map((script) => join(buildDir, lazyScriptUrl(script))).filter((file) => existsSync(file)),
      ),
    );
  }
  (manifest.content_scripts ?? []).forEach((script, index) => {
    const files = [...(script.js ?? []), ...(script.css ?? [])].map((file) => join(buildDir, file));
    entries.push(measure(buildDir, `content-script-${index + 1}`, closure(buildDir, files)));
  });
  return entries;
}

export function popupSizes(buildDir: string): EntrySizes {
  const popup = entrypointSizes(buildDir).find((entry) => entry.entry === 'popup');
  if (!popup) throw new Error(`No popup.html in ${buildDir}: run npm run build`);
  return popup;
}

export function backgroundSizes(buildDir: string): EntrySizes {
  const background = entrypointSizes(buildDir).find((entry) => entry.entry === 'background');
  if (!background) throw new Error(`No background in ${buildDir}: run npm run build`);
  return background;
}
