// @vitest-environment node
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../e2e/harness/paths';
import { type ImportEdge, importEdges, importsOf } from './import-graph';

/**
 * One capability, one folder (utils/<capability>/ for logic, components/<capability>/ for its UI): a capability
 * reaches another only through the shared modules declared here, each with the reason it is shared. Anything
 * else is wired by the background entrypoint (entrypoints/ are not checked: wiring is their job).
 */
const SHARED_FOLDERS: Record<string, string> = {
  'utils/config': 'the configuration every capability follows: schemas, effective configuration, address policy',
  'utils/i18n': 'translation and formatting, the same on every page',
  'utils/messaging': 'the one typed message protocol (it joins each capability’s protocol.ts)',
  'utils/connector': 'the interface every page talks to the background through',
  'utils/snapshot': 'the popup snapshot each capability publishes its slice of (it joins each slice.ts)',
  'utils/storage-health': 'every stored value is checked, and every repair logged, the same way',
  'utils/async': 'the one serial queue and its failure policy',
  'utils/http':
    'HTTP as the ESN speaks it (conditional requests, its sign-in page, Retry-After, body charsets), one rule for all',
  'utils/tabs':
    'opening an address where the user asked (launcher, sections, address bar); web pages shown in tabs (news, companion)',
  'utils/search': 'the search box’s generic parts: source interface, MiniSearch source factory, merger, highlighting',
  'utils/rollout': 'feature rings: part of the configuration’s decisions, which the indicators report',
  'utils/manifest': 'the extension’s ids, fixed by the manifest',
  'components/common': 'the shared look, hooks and links',
  'components/search': 'the one search box, its highlighting and its “found nothing” indicator',
};

/** Single files of a capability that the others may import: its public face. */
const SHARED_FILES: Record<string, string> = {
  'utils/indicators/record.ts': 'every capability counts its usage through it (a no-op unless IT turned indicators on)',
  'utils/indicators/vocabulary.ts': 'the names of the entry points and destinations every counted path uses',
  'utils/indicators/types.ts': 'the indicator event, for capabilities handed a recorder (news) and the preview',
  'utils/indicators/day.ts': 'the local calendar day, defined once (indicators, charter acknowledgement)',
  'utils/adoption/links.ts': 'help links (hotline, feedback) are filled one way wherever help is offered',
  'utils/adoption/feedback-channel.ts': 'the feedback address is filled one way (popup, guidance page, companion)',
};

/** Each capability’s messages and snapshot slice are public: the protocol and the snapshot join them. */
const PUBLIC_FACE = /^utils\/[\w-]+\/(protocol|slice)\.ts$/;

/** Folders whose job is to bring the capabilities together. */
const COMPOSERS: Record<string, string> = {
  'components/popup': 'the popup lays out every capability’s part',
  'components/options': 'the options page lays out every capability’s settings',
  'utils/diagnostics': 'reports the state of every data source to IT',
  'components/diagnostics': 'shows that report',
};

const folderOf = (path: string): string | null => /^(utils|components)\/[\w-]+(?=\/)/.exec(path)?.[0] ?? null;
const capabilityOf = (folder: string): string => folder.split('/')[1] ?? folder;

function isAllowed({ from, to }: ImportEdge): boolean {
  const source = folderOf(from);
  const target = folderOf(to);
  if (!source || !target || capabilityOf(source) === capabilityOf(target)) return true;
  if (target in SHARED_FOLDERS || to in SHARED_FILES || PUBLIC_FACE.test(to)) return true;
  return source in COMPOSERS;
}

const crossings = (edges: readonly ImportEdge[]) =>
  edges.filter((edge) => !isAllowed(edge)).map(({ from, to }) => `${from} → ${to}`);

describe('capability folders', () => {
  it('import another capability only through a declared shared module', () => {
    expect(crossings(importEdges(REPO_ROOT, ['utils', 'components']))).toEqual([]);
  });

  it('declare only modules that exist', () => {
    const declared = [...Object.keys(SHARED_FOLDERS), ...Object.keys(SHARED_FILES), ...Object.keys(COMPOSERS)];
    expect(declared.filter((path) => !existsSync(join(REPO_ROOT, path)))).toEqual([]);
  });

  it('catch a capability reaching into another, whichever way the import is written', () => {
    const files = new Set(['utils/sections/background.ts', 'utils/launcher/launch.ts', 'utils/sections/slice.ts']);
    const imported = (source: string) =>
      importsOf('utils/sections/background.ts', source, (path) => files.has(path)).map((to) => ({
        from: 'utils/sections/background.ts',
        to,
      }));
    expect(crossings(imported("import { launchTool } from '../launcher/launch';"))).toHaveLength(1);
    expect(crossings(imported("import type { X } from '@/utils/launcher/launch';"))).toHaveLength(1);
    expect(crossings(imported("export { launchTool } from '../launcher/launch';"))).toHaveLength(1);
    expect(crossings(imported("const m = await import('../launcher/launch');"))).toHaveLength(1);
    expect(crossings(imported("import type { S } from './slice';"))).toEqual([]);
  });
});
