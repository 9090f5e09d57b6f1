import { useI18n } from '@/components/common/i18n';
import type { Connector } from '@/utils/connector/connector';
import { localize } from '@/utils/i18n/localized-text';
import type { LauncherSlice } from '@/utils/launcher/slice';
import { visibleTools } from '@/utils/launcher/visible-tools';
import { ManageLinks } from './ManageLinks';
import { ToolIcon } from './ToolIcon';
import './manage.css';

interface Props {
  slice: LauncherSlice;
  connector: Connector;
}

/**
 * Organising the launcher with plain buttons (every action reachable by keyboard): favourites in order with
 * move up/down and unpin; the user's own links (when allowed); every tool with pin and hide (not for mandatory
 * tools); hidden tools with show.
 */
export function ManageTools({ slice, connector }: Props) {
  const { t, language } = useI18n();
  const byId = new Map(slice.tools.map((tool) => [tool.id, tool]));
  const label = (id: string) => localize(byId.get(id)?.label, language) || id;
  const send = (promise: Promise<unknown>) => promise.catch((error: unknown) => console.error(error));
  return (
    <section class="manage" aria-labelledby="manage-title">
      <h2 id="manage-title" class="manage__title">
        {t('launcherManageTitle')}
      </h2>
      {slice.favourites.length > 0 && (
        <>
          <h3 class="manage__heading">{t('launcherFavourites')}</h3>
          <ol class="manage__list" data-testid="manage-favourites">
            {slice.favourites.map((id, index) => (
              <li key={id} class="manage__row" data-tool-id={id}>
                <span class="manage__name">{label(id)}</span>
                <button
                  type="button"
                  class="icon-button"
                  aria-label={t('launcherMoveUp', label(id))}
                  disabled={index === 0}
                  onClick={() => send(connector.send('moveFavourite', { toolId: id, offset: -1 }))}
                >
                  ↑
                </button>
                <button
                  type="button"
                  class="icon-button"
                  aria-label={t('launcherMoveDown', label(id))}
                  disabled={index === slice.favourites.length - 1}
                  onClick={() => send(connector.send('moveFavourite', { toolId: id, offset: 1 }))}
                >
                  ↓
                </button>
                <button
                  type="button"
                  class="icon-button"
                  aria-label={t('launcherUnpin', label(id))}
                  onClick={() => send(connector.send('unpinTool', { toolId: id }))}
                >
                  ★
                </button>
              </li>
            ))}
          </ol>
        </>
      )}
      {slice.personalLinks && (
        <ManageLinks links={slice.personalLinks.links} max={slice.personalLinks.max} connector={connector} />
      )}
      <h3 class="manage__heading">{t('launcherListLabel')}</h3>
      <ul class="manage__list" data-testid="manage-tools">
        {visibleTools(slice.tools, slice.hidden).map((tool) => {
          const name = localize(tool.label, language);
          const pinned = slice.favourites.includes(tool.id);
          return (
            <li key={tool.id} class="manage__row" data-tool-id={tool.id}>
              <ToolIcon icon={tool.icon} label={name} />
              <span class="manage__name">{name}</span>
              <button
                type="button"
                class="icon-button"
                aria-pressed={pinned}
                aria-label={t('launcherPin', name)}
                data-action="pin"
                onClick={() => send(connector.send(pinned ? 'unpinTool' : 'pinTool', { toolId: tool.id }))}
              >
                {pinned ? '★' : '☆'}
              </button>
              {tool.mandatory ? (
                <span class="manage__note">{t('launcherMandatory')}</span>
              ) : (
                <button
                  type="button"
                  class="text-button"
                  data-action="hide"
                  aria-label={t('launcherHide', name)}
                  onClick={() => send(connector.send('hideTool', { toolId: tool.id }))}
                >
                  {t('launcherHideButton')}
                </button>
              )}
            </li>
          );
        })}
      </ul>
      <label class="manage__option">
        <input
          type="checkbox"
          data-testid="focus-existing-tab"
          checked={slice.focusExistingTab}
          onChange={(event) => send(connector.send('setFocusExistingTab', { enabled: event.currentTarget.checked }))}
        />
        {t('launcherFocusExistingTab')}
      </label>
      {slice.hidden.length > 0 && (
        <>
          <h3 class="manage__heading">{t('launcherHiddenTools')}</h3>
          <ul class="manage__list" data-testid="manage-hidden">
            {slice.hidden.map((id) => (
              <li key={id} class="manage__row" data-tool-id={id}>
                <span class="manage__name">{label(id)}</span>
                <button
                  type="button"
                  class="text-button"
                  data-action="show"
                  onClick={() => send(connector.send('unhideTool', { toolId: id }))}
                >
                  {t('launcherShow', label(id))}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
