import { useI18n } from '@/components/common/i18n';
import type { MessageKey, Translate } from '@/utils/i18n/translator';
import type { PendingIndicatorsView } from '@/utils/indicators/protocol';
import type { PathCount } from '@/utils/indicators/types';
import type { Destination, PostVia } from '@/utils/indicators/vocabulary';

const VIA_LABELS: Record<PostVia, MessageKey> = {
  favourite: 'indicatorsEntryFavourite',
  recent: 'indicatorsEntryRecent',
  list: 'indicatorsEntryList',
  search: 'indicatorsEntrySearch',
  keyboard: 'indicatorsEntryKeyboard',
  omnibox: 'indicatorsEntryOmnibox',
  notification: 'indicatorsEntryNotification',
  newsList: 'indicatorsEntryNewsList',
  guidance: 'indicatorsEntryGuidance',
  welcome: 'indicatorsEntryWelcome',
  esnTab: 'indicatorsEntryEsnTab',
};

const DESTINATION_LABELS: Record<Destination, MessageKey> = {
  tool: 'indicatorsDestTool',
  news: 'indicatorsDestNews',
  section: 'indicatorsDestSection',
  esnHome: 'indicatorsDestEsnHome',
  help: 'indicatorsDestHelp',
};

const destination = (path: PathCount, t: Translate) => t(DESTINATION_LABELS[path.to], path.id ?? '');

/** "What is measured", the paths: how the reports protect the employee, and the paths waiting to be sent. */
export function IndicatorsPaths({ view }: { view: PendingIndicatorsView }) {
  const { t } = useI18n();
  const days = view.batch?.days ?? [];
  const paths = days.flatMap((day) => day.paths.map((path) => ({ day: day.day, path })));
  const posts = days.flatMap((day) => day.newsViews.map((post) => ({ day: day.day, post })));
  return (
    <section aria-labelledby="indicators-paths-title" data-testid="indicators-paths">
      <h3 id="indicators-paths-title">{t('indicatorsPathsTitle')}</h3>
      <p>{t('indicatorsPathsExplain', String(view.minimumGroupSize))}</p>
      {view.noise > 0 && <p>{t('indicatorsNoiseOn', String(Math.round(view.noise * 100)))}</p>}
      {paths.length === 0 ? (
        <p>{t('indicatorsPathsNone')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('indicatorsPathFrom')}</th>
              <th scope="col">{t('indicatorsPathTo')}</th>
              <th scope="col">{t('indicatorsPathCount')}</th>
            </tr>
          </thead>
          <tbody>
            {paths.map(({ day, path }) => (
              <tr key={`${day}-${path.from}-${path.to}-${path.id ?? ''}`} data-path={`${path.from}>${path.to}`}>
                <td>{t(VIA_LABELS[path.from])}</td>
                <td>{destination(path, t)}</td>
                <td>{path.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {posts.length > 0 && (
        <>
          <p>{t('indicatorsPostsRead')}</p>
          <ul>
            {posts.map(({ day, post }) => (
              <li key={`${day}-${post.itemId}`} data-via={post.via}>
                {post.title ?? post.itemId} — {t(VIA_LABELS[post.via])}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
