import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '@/components/common/i18n';
import type { SectionEntry } from '@/utils/config/schema';
import { localize } from '@/utils/i18n/localized-text';
import type { BookmarkUpdate } from '@/utils/sections/bookmarks';
import { UnknownSection, type UnknownSectionProps } from './UnknownSection';
import './moved.css';

interface Props extends Omit<UnknownSectionProps, 'from'> {
  /** Null when the section is no longer in the index. */
  entry: SectionEntry | null;
  /** The old address that was opened. */
  from: string;
  delaySeconds: number;
  /** Leaves for the new address (replacing this page in the history, so Back does not come here again). */
  navigate(url: string): void;
  updateBookmarks(entry: SectionEntry): Promise<BookmarkUpdate>;
}

type BookmarkState = 'idle' | 'working' | BookmarkUpdate | 'failed';

/**
 * The guidance page: where the section went, the new place as the primary action (focused: Enter goes there), a
 * visible countdown to it that Escape or a button stops (0 = at once). An unknown section gets a search instead.
 */
export function MovedPage({ entry, from, delaySeconds, navigate, updateBookmarks, ...unknown }: Props) {
  const { t, language } = useI18n();
  const [remaining, setRemaining] = useState(delaySeconds);
  const [cancelled, setCancelled] = useState(false);
  const [bookmarks, setBookmarks] = useState<BookmarkState>('idle');
  const goRef = useRef<HTMLAnchorElement>(null);

  useEffect(() => {
    if (!entry || cancelled) return;
    if (remaining <= 0) {
      navigate(entry.newUrl);
      return;
    }
    const timer = setTimeout(() => setRemaining((value) => value - 1), 1000);
    return () => clearTimeout(timer);
  }, [entry, cancelled, remaining, navigate]);

  useEffect(() => {
    goRef.current?.focus();
    const onKeyDown = (event: KeyboardEvent) => event.key === 'Escape' && setCancelled(true);
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  if (!entry) {
    return (
      <main class="moved page">
        <UnknownSection from={from} {...unknown} />
      </main>
    );
  }

  const title = localize(entry.title, language);
  const place = localize(entry.breadcrumb, language);
  const note = localize(entry.note, language);
  // A plain click leaves like the countdown does (replacing this page, counted); other clicks open as usual.
  const onGo = (event: MouseEvent) => {
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    setCancelled(true);
    navigate(entry.newUrl);
  };
  const onBookmarks = () => {
    setBookmarks('working');
    // Called within the click: the permission prompt needs the user's gesture.
    updateBookmarks(entry).then(setBookmarks, () => setBookmarks('failed'));
  };

  return (
    <main class="moved page">
      <h1 data-testid="moved-title">
        {place ? t('sectionsGuidanceTitle', [title, place]) : t('sectionsGuidanceTitleNoPlace', title)}
      </h1>
      {note && <p class="moved__note">{note}</p>}
      <p class="moved__primary">
        <a
          class="button button--primary moved__go"
          href={entry.newUrl}
          data-testid="moved-link"
          ref={goRef}
          onClick={onGo}
        >
          {t('sectionsGuidanceGo')}
        </a>
        <span class="moved__url">{entry.newUrl}</span>
      </p>
      <div class="moved__countdown">
        <p role="status" aria-live="polite" id="moved-countdown" data-testid="moved-countdown">
          {cancelled ? t('sectionsGuidanceCancelled') : t('sectionsGuidanceCountdown', String(Math.max(remaining, 0)))}
          {!cancelled && ` ${t('sectionsGuidanceStopKey')}`}
        </p>
        {!cancelled && (
          <>
            <progress max={delaySeconds} value={delaySeconds - remaining} aria-labelledby="moved-countdown" />
            <button type="button" class="button" onClick={() => setCancelled(true)} data-testid="moved-cancel">
              {t('sectionsGuidanceCancel')}
            </button>
          </>
        )}
      </div>
      {from && <p class="moved__old">{t('sectionsGuidanceOld', from)}</p>}
      <p>
        <button type="button" class="text-button" onClick={onBookmarks} disabled={bookmarks === 'working'}>
          {t('sectionsBookmarksUpdate')}
        </button>
      </p>
      {typeof bookmarks === 'object' && (
        <p role="status">
          {bookmarks.kind === 'declined'
            ? t('sectionsBookmarksDeclined')
            : bookmarks.count === 0
              ? t('sectionsBookmarksNone')
              : t('sectionsBookmarksUpdated', String(bookmarks.count))}
        </p>
      )}
      {bookmarks === 'failed' && <p role="alert">{t('sectionsBookmarksFailed')}</p>}
    </main>
  );
}
