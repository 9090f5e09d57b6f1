import { useI18n } from '@/components/common/i18n';
import { localize } from '@/utils/i18n/localized-text';
import { formatMoveDate } from '@/utils/sections/format';
import type { SectionSummary } from '@/utils/sections/slice';
import './sections.css';

interface Props {
  recent: readonly SectionSummary[];
  onOpen(sectionId: string): void;
}

/** The popup's "Recently moved" panel: people learn the new places before they need them. */
export function RecentlyMoved({ recent, onOpen }: Props) {
  const { t, language } = useI18n();
  if (recent.length === 0) return null;
  return (
    <section class="recently-moved" aria-labelledby="recently-moved-title" data-testid="recently-moved">
      <h2 id="recently-moved-title" class="recently-moved__title">
        {t('sectionsRecentTitle')}
      </h2>
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
    </section>
  );
}
