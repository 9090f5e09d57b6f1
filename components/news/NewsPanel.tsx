import { useState } from 'preact/hooks';
import { useI18n } from '@/components/common/i18n';
import { useAfterFirstFrame } from '@/components/common/use-after-first-frame';
import type { Connector } from '@/utils/connector/connector';
import { formatRelative } from '@/utils/i18n/format';
import { localize } from '@/utils/i18n/localized-text';
import { isInFeed, type NewsSlice } from '@/utils/news/slice';
import { dispositionOf } from '@/utils/tabs/disposition';
import { NewsStatusLine } from './NewsStatusLine';
import './news.css';

interface Props {
  slice: NewsSlice;
  connector: Connector;
}

/** Items in the first frame (a popup shows a few under the launcher); the rest, up to 50, follow right after. */
const FIRST_FRAME_ITEMS = 6;

/**
 * The news list under the launcher, compact for a 600 px popup: newest first, each item a title, its source and
 * how long ago; unread items in bold with a dot (and the word, for screen readers), a feed filter, "mark all
 * read". Titles are plain text rendered as text (Preact escapes): never HTML. The first frame holds the items in
 * view only: the popup opens sooner.
 */
export function NewsPanel({ slice, connector }: Props) {
  const { t, language } = useI18n();
  const [feedId, setFeedId] = useState('');
  const complete = useAfterFirstFrame();
  const filtered = feedId ? slice.items.filter((item) => isInFeed(item, feedId)) : slice.items;
  const items = complete ? filtered : filtered.slice(0, FIRST_FRAME_ITEMS);
  const unread = feedId ? (slice.feeds.find((feed) => feed.id === feedId)?.unread ?? 0) : slice.unreadCount;
  const feedLabel = (id: string) => localize(slice.feeds.find((feed) => feed.id === id)?.label, language);
  const now = Date.now();
  // As links open: Ctrl/Cmd-click or middle-click → a background tab (the popup stays open), Shift → a new window.
  const open = (key: string, event: MouseEvent) =>
    connector
      .send('openNewsItem', { key, disposition: dispositionOf(event) })
      .catch((error: unknown) => console.error(error));

  return (
    <section class="news" aria-labelledby="news-title" data-testid="news">
      <div class="news__header">
        <h2 id="news-title" class="news__title" tabIndex={-1}>
          {t('newsTitle')} <span class="news__count">{t('newsUnreadCount', String(unread))}</span>
        </h2>
        {slice.feeds.length > 1 && (
          <label class="news__filter">
            {t('newsFilterLabel')}{' '}
            <select value={feedId} onChange={(event) => setFeedId(event.currentTarget.value)}>
              <option value="">{t('newsFilterAll')}</option>
              {slice.feeds.map((feed) => (
                <option key={feed.id} value={feed.id}>
                  {localize(feed.label, language)}
                </option>
              ))}
            </select>
          </label>
        )}
        <button
          type="button"
          class="text-button news__mark-all"
          disabled={unread === 0}
          onClick={() => connector.send('markAllRead', feedId ? { feedId } : {})}
        >
          {t('newsMarkAllRead')}
        </button>
      </div>
      <NewsStatusLine
        status={slice.status}
        feeds={slice.feeds}
        {...(slice.signInUrl ? { signInUrl: slice.signInUrl } : {})}
        onRefresh={() => connector.send('refreshNews')}
      />
      {items.length === 0 ? (
        <p class="news__empty">{t('newsEmpty')}</p>
      ) : (
        <ul class="news__list" aria-label={t('newsListLabel')}>
          {items.map((item) => (
            <li key={item.key} class={item.unread ? 'news__item news__item--unread' : 'news__item'}>
              <button
                type="button"
                class="news__open"
                data-key={item.key}
                onClick={(event) => open(item.key, event)}
                onAuxClick={(event) => event.button === 1 && open(item.key, event)}
              >
                {item.unread && <span class="visually-hidden">{t('newsUnreadLabel')} </span>}
                <span class="news__item-title">{item.title || t('newsUntitled')}</span>
                <span class="news__meta">
                  {item.important && <strong class="news__important">{t('newsImportantLabel')} · </strong>}
                  {feedLabel(item.feedId)}
                  {item.publishedAt !== undefined && ` · ${formatRelative(item.publishedAt, now, language)}`}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
