/**
 * One refresh of the sections index: fetch the file (conditionally), parse it, merge the inline entries, build
 * and store the search index, install the guidance rules, and say how it went. A failure or a refused file
 * keeps the last good index.
 */
import type { EffectiveConfig } from '../config/effective';
import type { SectionEntry } from '../config/schema';
import { urlRefusal } from '../config/url-policy';
import type { Validators } from '../http/validators';
import { inlineKeyOf, mergeEntries, SECTIONS_ENTRIES_REVISION, storedNewUrl } from './build-index';
import { type FetchOutcome, fetchIndexFile } from './fetch-index';
import { SECTIONS_INDEX_FORMAT } from './index-format';
import type { ParsedIndex } from './index-issues';
import { recentMoves } from './recent';
import type { GuidanceStatus, SectionsSlice } from './slice';
import {
  type IndexOrigin,
  loadEntries,
  loadMeta,
  type SectionsDatabase,
  type StoredIndexMeta,
  saveIndex,
  touchOrigin,
} from './store';

interface RefreshDeps {
  db: SectionsDatabase;
  config: EffectiveConfig;
  previous: SectionsSlice;
  now: () => number;
  fetcher?: typeof fetch;
  applyRules: (entries: readonly SectionEntry[], enabled: boolean) => Promise<GuidanceStatus>;
}

type Remote =
  | { kind: 'none' }
  | { kind: 'keep'; sync: SectionsSlice['sync']; validators?: Validators }
  | ({ kind: 'new'; validators: Validators } & ParsedIndex);

async function readRemote(
  url: string | undefined,
  deps: RefreshDeps,
  meta: StoredIndexMeta | undefined,
  inlineKey: string,
): Promise<Remote> {
  if (!url) return { kind: 'none' };
  const refusal = urlRefusal(url, deps.config.allowedInsecureOrigins);
  if (refusal) return { kind: 'keep', sync: { state: 'refused', detail: `sections.url ${refusal}` } };
  // Validators are worth sending only when the stored index was built from this very file and these inline entries,
  // the way this version builds it.
  const reusable =
    meta !== undefined &&
    meta.origin.url === url &&
    meta.origin.inlineKey === inlineKey &&
    meta.format === SECTIONS_INDEX_FORMAT &&
    meta.entriesRevision === SECTIONS_ENTRIES_REVISION;
  const outcome: FetchOutcome = await fetchIndexFile(url, reusable ? meta.origin : {}, deps.fetcher);
  const now = deps.now();
  if (outcome.kind === 'failed') return { kind: 'keep', sync: { state: 'unreachable', detail: outcome.reason } };
  if (outcome.kind === 'notModified')
    return { kind: 'keep', sync: { state: 'ok', lastSuccessAt: now }, validators: outcome.validators };
  // The parsers and the index builder are loaded when a file must be read (utils/lazy/lazy-scripts.ts).
  const { parseSectionsFile } = await import('./parse-index');
  const parsed = parseSectionsFile({
    bytes: outcome.bytes,
    contentType: outcome.contentType,
    url,
    allowedInsecureOrigins: deps.config.allowedInsecureOrigins,
    ...(deps.config.sections.columns && { columns: deps.config.sections.columns }),
  });
  if (!parsed.ok) return { kind: 'keep', sync: { state: 'refused', detail: parsed.error } };
  if (parsed.entries.length === 0 && parsed.issueCount > 0) {
    const first = parsed.issues[0];
    const detail = `every row was refused${first ? ` (row ${first.row}: ${first.reason})` : ''} — the last good index stays in use`;
    return { kind: 'keep', sync: { state: 'refused', detail } };
  }
  return { kind: 'new', ...parsed, validators: outcome.validators };
}

function sliceOf(
  entries: readonly SectionEntry[],
  meta: StoredIndexMeta | undefined,
  sync: SectionsSlice['sync'],
  guidance: GuidanceStatus,
  previous: SectionsSlice,
  now: number,
): SectionsSlice {
  const lastSuccessAt = sync.lastSuccessAt ?? previous.sync.lastSuccessAt;
  const failedNow = sync.state === 'unreachable' || sync.state === 'refused';
  const lastFailure = failedNow
    ? { lastFailureAt: now, lastFailure: sync.detail ?? sync.state }
    : {
        ...(previous.sync.lastFailureAt !== undefined && { lastFailureAt: previous.sync.lastFailureAt }),
        ...(previous.sync.lastFailure !== undefined && { lastFailure: previous.sync.lastFailure }),
      };
  return {
    entryCount: entries.length,
    builtAt: meta?.builtAt ?? null,
    recent: recentMoves(entries),
    sync: { ...sync, lastAttemptAt: now, ...(lastSuccessAt !== undefined && { lastSuccessAt }), ...lastFailure },
    issues: meta?.issues ?? [],
    issueCount: meta?.issueCount ?? 0,
    notices: meta?.notices ?? [],
    noticeCount: meta?.noticeCount ?? 0,
    ...(meta && {
      source: { ...meta.source, ...(meta.origin.url && { url: meta.origin.url }) } as SectionsSlice['source'],
    }),
    guidance,
  };
}

export async function refreshSectionsIndex(deps: RefreshDeps): Promise<SectionsSlice> {
  const { db, config } = deps;
  const enabled = config.features.relocationGuidance;
  // Inline entries passed the configuration's schema; the new address must still be one Passerelle may open, and
  // is kept as the file's are.
  const inline = config.sections.entries
    .filter((entry) => !urlRefusal(entry.newUrl, config.allowedInsecureOrigins))
    .map((entry) => ({ ...entry, newUrl: storedNewUrl(entry.newUrl) }));
  const inlineKey = inlineKeyOf(inline, config.sections.columns);
  const meta = await loadMeta(db);
  const remote = await readRemote(config.sections.url, deps, meta, inlineKey);

  if (remote.kind === 'keep' && meta) {
    if (remote.validators) await touchOrigin(db, { ...meta.origin, ...remote.validators });
    const entries = await loadEntries(db);
    return sliceOf(entries, meta, remote.sync, await deps.applyRules(entries, enabled), deps.previous, deps.now());
  }
  // Nothing stored yet: a failed file still leaves the inline entries searchable.
  const remoteEntries = remote.kind === 'new' ? remote.entries : [];
  const entries = mergeEntries(inline, remoteEntries);
  const origin: IndexOrigin = {
    inlineKey,
    ...(config.sections.url && { url: config.sections.url }),
    ...(remote.kind === 'new' && remote.validators),
  };
  const issues = remote.kind === 'new' ? remote : { issues: [], issueCount: 0 };
  const { buildIndexMeta } = await import('./build-index');
  const built = buildIndexMeta(entries, origin, issues, deps.now());
  await saveIndex(db, entries, built);
  const sync = remote.kind === 'keep' ? remote.sync : { state: 'ok' as const, lastSuccessAt: deps.now() };
  return sliceOf(entries, built, sync, await deps.applyRules(entries, enabled), deps.previous, deps.now());
}
