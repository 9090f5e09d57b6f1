import { useI18n } from '@/components/common/i18n';
import { localize } from '@/utils/i18n/localized-text';
import { formatMoveDate } from '@/utils/sections/format';
import type { SectionSummary } from '@/utils/sections/slice';
import './sections.css';

interface Props {
  recent: readonly SectionSummary[];
  onOpen(sectionId: string): void;
}

/**
 * The popup's "Recently moved sections": people learn the new places before they need them. Folded to one line
 * with its count, so it never pushes the news below the popup's fold.
 */
export function RecentlyMoved({ recent, onOpen }: Props) {
  const { t, language } = useI18n();
  if (recent.length === 0) return null;
  return (
    <details class="recently-moved" data-testid="recently-moved">
      <summary class="recently-moved__title" id="recently-moved-title">
        {t('sectionsRecentTitle')} <span class="news__count">{recent.length}</span>
      </summary>
      <ul class="recently-moved__list">
        {recent.map((section) => {
          const title = localize(section.title, language);
          return (
            <li key={section.id}>
              <a
                href={section.newUrl}
                aria-label={t('sectionsRecentOpen', title)}
                onClick={(event) => {
                  event.preventDefault();
                  onOpen(section.id);
                }}
              >
                {title}
              </a>
              <span class="recently-moved__detail">
                {[
                  localize(section.breadcrumb, language),
                  section.movedOn && t('sectionsMovedOn', formatMoveDate(section.movedOn, language)),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            </li>
          );
        })}
      </ul>
    </details>
  );
}
