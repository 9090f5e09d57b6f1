import { useState } from 'preact/hooks';
import { useI18n } from '@/components/common/i18n';
import type { Connector } from '@/utils/connector/connector';
import { localize } from '@/utils/i18n/localized-text';
import { isInFeed, type NewsSlice } from '@/utils/news/slice';
import { NewsStatusLine } from './NewsStatusLine';
import './news.css';

interface Props {
  slice: NewsSlice;
  connector: Connector;
}

/**
 * The news list beside the launcher: newest first, unread items marked by a word and weight (not colour alone),
 * a feed filter, "mark all read". Titles are plain text rendered as text (Preact escapes): never HTML.
 */
export function NewsPanel({ slice, connector }: Props) {
  const { t, language } = useI18n();
  const [feedId, setFeedId] = useState('');
  const items = feedId ? slice.items.filter((item) => isInFeed(item, feedId)) : slice.items;
  const unread = feedId ? (slice.feeds.find((feed) => feed.id === feedId)?.unread ?? 0) : slice.unreadCount;
  const feedLabel = (id: string) => localize(slice.feeds.find((feed) => feed.id === id)?.label, language);
  const dateFormat = new Intl.DateTimeFormat(language, { dateStyle: 'short', timeStyle: 'short' });

  return (
    <section class="news" aria-labelledby="news-title" data-testid="news">
      <div class="news__header">
        <h2 id="news-title" class="news__title">
          {t('newsTitle')} <span class="news__count">({t('newsUnreadCount', String(unread))})</span>
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
          class="news__mark-all"
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
                onClick={() => connector.send('openNewsItem', { key: item.key })}
              >
                {item.unread && <span class="news__unread-mark">{t('newsUnreadLabel')}</span>}
                {item.important && <span class="news__important">{t('newsImportantLabel')}</span>}
                <span class="news__item-title">{item.title || t('newsUntitled')}</span>
                <span class="news__meta">
                  {feedLabel(item.feedId)}
                  {item.publishedAt !== undefined && ` · ${dateFormat.format(item.publishedAt)}`}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
