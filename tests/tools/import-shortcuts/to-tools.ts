import { type Tool, toolSchema } from '../../../utils/config/schema';
import { localize } from '../../../utils/i18n/localized-text';
import type { ShortcutCandidate, SkippedShortcut } from './types';

export interface ImportResult {
  tools: Tool[];
  skipped: SkippedShortcut[];
  /**
   * The candidates each tool was made from, including those left out as the same address as a tool: their
   * shortcut is covered by that tool too (the removal script removes it as well).
   */
  sources: { candidate: ShortcutCandidate; toolId: string }[];
}

/** "Réservation de véhicule" → "reservation-de-vehicule" (the tool id syntax: a-z, 0-9, dashes, ≤ 64). */
export function slugify(label: string): string {
  const slug = label
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/, '');
  return slug || 'tool';
}

/** The same address written differently (case of the host, trailing slash, fragment) is one tool. */
export function urlKey(address: string): string {
  const url = new URL(address);
  url.hash = '';
  const path = url.pathname.replace(/\/+$/, '');
  return `${url.protocol}//${url.host}${path}${url.search}`;
}

function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) {
    const suffix = `-${n}`;
    id = `${base.slice(0, 64 - suffix.length)}${suffix}`;
  }
  taken.add(id);
  return id;
}

/**
 * Turns shortcuts into tool entries of the configuration document: https only (an admin can add an http intranet
 * tool by hand with allowedInsecureOrigins), one tool per address, ids unique. Everything left out is reported.
 */
export function toTools(candidates: readonly ShortcutCandidate[]): ImportResult {
  const tools: Tool[] = [];
  const skipped: SkippedShortcut[] = [];
  const sources: ImportResult['sources'] = [];
  const byUrl = new Map<string, string>();
  const ids = new Set<string>();
  for (const candidate of candidates) {
    const label = localize(candidate.label, 'fr');
    const report = (reason: string) => skipped.push({ origin: candidate.origin, label, url: candidate.url, reason });
    if (!URL.canParse(candidate.url)) {
      report('not an absolute address');
      continue;
    }
    const protocol = new URL(candidate.url).protocol;
    if (protocol !== 'https:') {
      report(`uses ${protocol} (only https: addresses become tools)`);
      continue;
    }
    const key = urlKey(candidate.url);
    const existing = byUrl.get(key);
    if (existing) {
      report(`same address as the tool "${existing}"`);
      sources.push({ candidate, toolId: existing });
      continue;
    }
    const tool = {
      id: slugify(label),
      label: candidate.label,
      url: candidate.url,
      ...(candidate.category && { category: candidate.category }),
      ...(candidate.keywords && { keywords: candidate.keywords.slice(0, 50) }),
    };
    const parsed = toolSchema.safeParse(tool);
    if (!parsed.success) {
      report(
        `invalid entry: ${parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`).join('; ')}`,
      );
      continue;
    }
    const id = uniqueId(tool.id, ids);
    byUrl.set(key, id);
    tools.push({ ...parsed.data, id });
    sources.push({ candidate, toolId: id });
  }
  return { tools, skipped, sources };
}
