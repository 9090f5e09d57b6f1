import type { ComponentChildren } from 'preact';
import { useContext, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useI18n } from '@/components/common/i18n';
import { useAfterFirstFrame } from '@/components/common/use-after-first-frame';
import { SearchBox } from '@/components/search/SearchBox';
import { useEmptySearchIndicator } from '@/components/search/use-empty-search-indicator';
import { useLazySource } from '@/components/search/use-lazy-source';
import type { SyncState } from '@/utils/config/slice';
import type { Connector } from '@/utils/connector/connector';
import type { EntryPoint } from '@/utils/indicators/vocabulary';
import type { LauncherSlice } from '@/utils/launcher/slice';
import { visibleTools } from '@/utils/launcher/visible-tools';
import { searchAll } from '@/utils/search/merge';
import type { SearchResult, SearchSource } from '@/utils/search/source';
import { dispositionOf, type LaunchDisposition, type PointerOrKey } from '@/utils/tabs/disposition';
import { defaultGroups, entryPointOf, firstOptions, personalLinksOf, searchGroups } from './launcher-view';
import { OptionRow } from './OptionRow';
import { StatusLine } from './StatusLine';
import { LauncherSearchModulesContext } from './search-modules';
import { useManageTools } from './use-manage-tools';
import './launcher.css';

const LISTBOX_ID = 'launcher-listbox';
const RESULTS_PER_SOURCE = 20;
/** Options in the first frame (a popup shows about fifteen); the rest follow right after. */
const FIRST_FRAME_OPTIONS = 16;

interface Props {
  slice: LauncherSlice;
  syncState: SyncState;
  connector: Connector;
  /** Further result sources (relocated sections, news) searched with the tools. */
  extraSources?: readonly SearchSource[];
  /** Opens a result that is not a tool (the tools are launched here); from: the group it was chosen in. */
  onChooseOther?: (result: SearchResult, disposition: LaunchDisposition, from: EntryPoint) => void;
  /** Where a search that found nothing can lead (help, hotline, feedback); the launcher knows none of them. */
  noResultHelp?: (query: string) => ComponentChildren;
  /** The box holds a query (true) or is empty again: told before the frame is painted. */
  onSearchingChange?: (searching: boolean) => void;
}

const optionId = (index: number) => `launcher-option-${index}`;

/** The popup's launcher: one search box over the tools (and further sources), the grouped tools, organising. */
export function Launcher({
  slice,
  syncState,
  connector,
  extraSources = [],
  onChooseOther,
  noResultHelp,
  onSearchingChange,
}: Props) {
  const { t, language } = useI18n();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(-1);
  const [managing, setManaging] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const ManageTools = useManageTools(managing);

  const tools = useMemo(() => visibleTools(slice.tools, slice.hidden), [slice]);
  const toolById = useMemo(() => new Map(slice.tools.map((tool) => [tool.id, tool])), [slice.tools]);
  const searching = query.trim() !== '';
  useLayoutEffect(() => onSearchingChange?.(searching), [searching]);
  const searchModules = useContext(LauncherSearchModulesContext);
  const toolSource = useLazySource(searchModules.tools, searching, [tools, language], (module) =>
    module.createToolSource(tools, language),
  );
  const links = personalLinksOf(slice);
  const linkSource = useLazySource(searchModules.links, searching && links.length > 0, [links], (module) =>
    module.createLinkSource(links),
  );
  // Until the search library has loaded (a few ms after the first key), and while a source's answer is on its way
  // (the background answering the sections), no option is active and Enter waits, unless something was found.
  const loading =
    searching &&
    (toolSource === null ||
      (links.length > 0 && linkSource === null) ||
      extraSources.some((source) => source.pending?.(query) === true));
  const complete = useAfterFirstFrame();
  const browseGroups = useMemo(() => {
    const all = defaultGroups(slice, language, t);
    return complete ? all : firstOptions(all, FIRST_FRAME_OPTIONS);
  }, [slice, language, t, complete]);
  const groups = useMemo(() => {
    if (!searching) return browseGroups;
    // The sources at hand are asked at once (the tools join them when the library is there) and what they found
    // shows. Found nothing while a source is still answering: the list stays as it was, so "no results" (and the
    // help below it) never shows for a moment before the sections arrive.
    const sources = toolSource ? [toolSource, ...(linkSource ? [linkSource] : []), ...extraSources] : extraSources;
    const found = searchAll(sources, query, RESULTS_PER_SOURCE);
    return found.length > 0 || !loading ? searchGroups(found, t) : browseGroups;
  }, [searching, query, toolSource, linkSource, extraSources, browseGroups, loading, t]);
  const flat = useMemo(() => groups.flatMap((group) => group.results), [groups]);
  // Nothing searched is shown yet: Enter waits, no option is active (the browse list is not what was asked).
  const waiting = loading && groups === browseGroups;
  useEmptySearchIndicator(connector, query, searching && !loading && flat.length === 0);

  useEffect(() => {
    if (!managing) inputRef.current?.focus();
  }, [managing]);
  // Only ↑/↓ move the active option out of view: a new query makes the first one active, at the list's top.
  // Scrolling to it anyway laid out the page at once, under a query typed as the popup opens.
  const movedByKey = useRef(false);
  useEffect(() => {
    if (!movedByKey.current || active < 0) return;
    movedByKey.current = false;
    document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  const choose = (result: SearchResult, event: PointerOrKey) => {
    const disposition = dispositionOf(event);
    const from = entryPointOf(groups.find((group) => group.results.includes(result))?.key ?? '');
    if (result.kind === 'tool') {
      connector
        .send('launchTool', { toolId: result.id, disposition, from })
        .catch((error: unknown) => console.error(error));
    } else if (result.kind === 'link') {
      // A personal link opens directly: it is not a configured tool, so it has no launch route.
      connector
        .send('openPersonalLink', { linkId: result.id, disposition })
        .catch((error: unknown) => console.error(error));
    } else {
      onChooseOther?.(result, disposition, from);
    }
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      movedByKey.current = true;
      setActive((current) => Math.min(flat.length - 1, Math.max(0, current + step)));
    } else if (event.key === 'Enter') {
      if (waiting) return;
      const result = flat[Math.max(active, 0)];
      if (!result || (active < 0 && !query.trim())) return;
      event.preventDefault();
      choose(result, event);
    } else if (event.key === 'Escape' && query) {
      // First Escape clears the search; the next one closes the popup (the browser's default).
      event.preventDefault();
      event.stopPropagation();
      setQuery('');
      setActive(-1);
    }
  };

  if (managing) {
    return (
      <section class="launcher">
        <StatusLine state={syncState} />
        {ManageTools ? <ManageTools slice={slice} connector={connector} /> : <p aria-busy="true">{t('loading')}</p>}
        <button
          type="button"
          class="text-button launcher__manage"
          data-testid="launcher-manage-done"
          onClick={() => setManaging(false)}
        >
          {t('launcherManageDone')}
        </button>
      </section>
    );
  }

  let index = -1;
  return (
    <section class="launcher">
      <SearchBox
        inputRef={inputRef}
        value={query}
        label={t('launcherSearchLabel')}
        placeholder={t('launcherSearchPlaceholder')}
        listboxId={LISTBOX_ID}
        expanded={flat.length > 0}
        activeId={!waiting && active >= 0 && active < flat.length ? optionId(active) : undefined}
        onInput={(value) => {
          setQuery(value);
          setActive(value.trim() ? 0 : -1);
        }}
        onKeyDown={onKeyDown}
      />
      <StatusLine state={syncState} />
      {flat.length > 0 && (
        <div
          id={LISTBOX_ID}
          role="listbox"
          aria-label={t('launcherListLabel')}
          class="launcher__list"
          data-testid="tools"
          data-mode={searching && !loading ? 'search' : 'browse'}
        >
          {groups.map((group, groupIndex) => (
            // biome-ignore lint/a11y/useSemanticElements: a group of listbox options, not of form fields
            <ul key={group.key} role="group" aria-labelledby={`launcher-group-${groupIndex}`} class="launcher__group">
              <li role="presentation" id={`launcher-group-${groupIndex}`} class="launcher__group-label">
                {group.label}
              </li>
              {group.results.map((result) => {
                index += 1;
                const position = index;
                return (
                  <OptionRow
                    key={`${result.kind}-${result.id}`}
                    id={optionId(position)}
                    result={result}
                    tool={result.kind === 'tool' ? toolById.get(result.id) : undefined}
                    active={!waiting && position === active}
                    onChoose={(event) => choose(result, event)}
                  />
                );
              })}
            </ul>
          ))}
        </div>
      )}
      {flat.length === 0 && !loading && (
        <p class="launcher__empty">{query.trim() ? t('launcherNoResults', query.trim()) : t('launcherNoTools')}</p>
      )}
      {flat.length === 0 && !loading && searching && noResultHelp?.(query.trim())}
      <button
        type="button"
        class="text-button launcher__manage"
        data-testid="launcher-manage"
        onClick={() => setManaging(true)}
      >
        {t('launcherManage')}
      </button>
    </section>
  );
}
