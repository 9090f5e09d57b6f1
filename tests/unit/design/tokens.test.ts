// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../e2e/harness/paths';

/** The design system's only file with colour values and sizes (components/common/tokens.css). */
const TOKENS = 'components/common/tokens.css';

function filesUnder(dir: string, pattern: RegExp): string[] {
  return readdirSync(join(REPO_ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && pattern.test(entry.name))
    .map((entry) => relative(REPO_ROOT, join(entry.parentPath, entry.name)));
}

const stylesheets = [...filesUnder('components', /\.css$/), ...filesUnder('entrypoints', /\.css$/)].filter(
  (file) => file !== TOKENS,
);
const sources = [...filesUnder('components', /\.tsx?$/), ...filesUnder('entrypoints', /\.(tsx?|html)$/)];

/** A colour written as a value: #rgb…#rrggbbaa, rgb()/hsl()/oklch()…, or a named colour after a colour property. */
const COLOUR_VALUE =
  /#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch)\(|(?:color|background|border[a-z-]*|outline|fill|stroke)\s*:\s*[^;]*\b(?:white|black|red|green|blue|gr[ae]y|orange|yellow|silver|maroon|navy)\b/i;

function declarations(css: string): string[] {
  // Declarations only (what is between braces), so selectors such as #app are not taken for colours.
  return [...css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/\{([^{}]*)\}/g)].flatMap((block) =>
    (block[1] ?? '').split(';').map((declaration) => declaration.trim()),
  );
}

describe('design tokens', () => {
  it('finds the stylesheets and sources it checks', () => {
    expect(stylesheets.length).toBeGreaterThan(5);
    expect(sources.length).toBeGreaterThan(20);
  });

  it.each(stylesheets)('%s takes its colours from the tokens', (file) => {
    const offending = declarations(readFileSync(join(REPO_ROOT, file), 'utf8')).filter((line) =>
      COLOUR_VALUE.test(line),
    );
    expect(offending, `${file} writes colours itself; use a role of ${TOKENS}`).toEqual([]);
  });

  it.each(stylesheets)('%s sizes its text with the type scale', (file) => {
    const offending = declarations(readFileSync(join(REPO_ROOT, file), 'utf8')).filter(
      (line) => /^font-size\s*:/.test(line) && !/^font-size\s*:\s*(var\(--text-[a-z0-9]+\)|inherit)$/.test(line),
    );
    expect(offending, `${file}: font sizes come from --text-* in ${TOKENS}`).toEqual([]);
  });

  it.each(sources)('%s writes no colour in markup or inline style', (file) => {
    const offending = readFileSync(join(REPO_ROOT, file), 'utf8')
      .split('\n')
      .filter((line) => /style|color|fill|stroke|background/i.test(line) && COLOUR_VALUE.test(line));
    expect(offending, `${file} writes colours itself; use a role of ${TOKENS}`).toEqual([]);
  });

  it('gives every colour role a dark and a forced-colours value', () => {
    const tokens = readFileSync(join(REPO_ROOT, TOKENS), 'utf8');
    const [light = '', dark = '', forced = ''] = tokens.split(/@media[^{]*\{/).map((part) => part);
    const roles = (css: string) => new Set([...css.matchAll(/(--[a-z-]+)\s*:\s*(?:#|[A-Z])/g)].map((m) => m[1]));
    const lightRoles = [...roles(light)].filter((role) => /#[0-9a-f]/i.test(light.split(`${role}:`)[1] ?? ''));
    expect(lightRoles.length).toBeGreaterThan(8);
    expect([...roles(dark)].sort()).toEqual([...lightRoles].sort());
    expect([...roles(forced)].sort()).toEqual([...lightRoles].sort());
  });
});
