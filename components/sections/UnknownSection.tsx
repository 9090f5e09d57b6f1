import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '@/components/common/i18n';
import { telHref } from '@/utils/adoption/links';
import type { ConfigDocument } from '@/utils/config/schema';
import { isAllowedUrl } from '@/utils/config/url-policy';
import { localize } from '@/utils/i18n/localized-text';
import { wordsFromAddress } from '@/utils/sections/address-words';
import type { HotlineFill } from '@/utils/sections/no-results';
import type { SectionMatch } from '@/utils/sections/section-result';
import { SectionsNoResults } from './SectionsNoResults';

export interface UnknownSectionProps {
  from: string;
  esnName: string;
  esnHomeUrl?: string | undefined;
  links: NonNullable<ConfigDocument['links']>;
  /** What the hotline links carry (the diagnostics), and the origins the policy allows over http. */
  hotline: HotlineFill;
  /** Searches the sections index (the background's). */
  find(query: string): Promise<SectionMatch[]>;
  open(sectionId: string): void;
}

/**
 * An old address whose section is not in the index: a search pre-filled with the address's words (run at once),
 * the ESN's home page and the hotline, so the page always leads somewhere.
 */
export function UnknownSection({ from, esnName, esnHomeUrl, links, hotline, find, open }: UnknownSectionProps) {
  const { t, language } = useI18n();
  const [query, setQuery] = useState(() => wordsFromAddress(from));
  const [asked, setAsked] = useState(query);
  const [matches, setMatches] = useState<SectionMatch[] | null>(null);
  const tel = links.hotlinePhone && telHref(links.hotlinePhone);
  useEffect(() => {
    if (!asked.trim()) return;
    let live = true;
    find(asked).then(
      (found) => live && setMatches(found),
      () => live && setMatches([]),
    );
    return () => {
      live = false;
    };
  }, [asked, find]);

  return (
    <>
      <h1>{t('sectionsGuidancePageTitle')}</h1>
      <p>{t('sectionsGuidanceUnknown')}</p>
      {from && <p class="moved__old">{t('sectionsGuidanceOld', from)}</p>}
      <form
        class="moved__search"
        onSubmit={(event) => {
          event.preventDefault();
          setAsked(query);
        }}
      >
        <label for="moved-query">{t('sectionsGuidanceSearchLabel')}</label>
        <input
          id="moved-query"
          type="search"
          class="search-box"
          value={query}
          data-testid="moved-search"
          onInput={(event) => setQuery(event.currentTarget.value)}
        />
        <button type="submit" class="button button--primary">
          {t('sectionsGuidanceSearch')}
        </button>
      </form>
      {matches && matches.length > 0 && (
        <section aria-labelledby="moved-results">
          <h2 id="moved-results">{t('sectionsGuidanceResults')}</h2>
          <ul class="moved__results" data-testid="moved-results">
            {matches.map(({ display }) => (
              <li key={display.id}>
                <button type="button" class="text-button" onClick={() => open(display.id)}>
                  {localize(display.title, language)}
                </button>
                {display.breadcrumb && <span class="moved__old"> {localize(display.breadcrumb, language)}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
      {matches && matches.length === 0 && <SectionsNoResults query={asked} links={links} hotline={hotline} />}
      <h2>{t('sectionsGuidanceHelpTitle')}</h2>
      <ul class="moved__help">
        {esnHomeUrl && (
          <li>
            <a href={esnHomeUrl} data-testid="moved-home">
              {t('sectionsGuidanceHome', esnName || t('popupTitle'))}
            </a>
          </li>
        )}
        {/* The no-result help already offers the hotline's number. */}
        {tel && matches?.length !== 0 && (
          <li>
            <a href={tel}>{t('sectionsCallHotline', links.hotlinePhone)}</a>
          </li>
        )}
        {links.help && isAllowedUrl(links.help, hotline.allowedInsecureOrigins) && (
          <li>
            <a href={links.help}>{t('adoptionHelp')}</a>
          </li>
        )}
      </ul>
    </>
  );
}
