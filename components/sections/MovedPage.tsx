import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '@/components/common/i18n';
import type { SectionEntry } from '@/utils/config/schema';
import { localize } from '@/utils/i18n/localized-text';
import type { BookmarkUpdate } from '@/utils/sections/bookmarks';
import './sections.css';

interface Props {
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
 * The guidance page: where the section went, the new link, and a countdown to it that the user can stop
 * (0 = at once). Everything is a link or a button, so it works from the keyboard.
 */
export function MovedPage({ entry, from, delaySeconds, navigate, updateBookmarks }: Props) {
  const { t, language } = useI18n();
  const [remaining, setRemaining] = useState(delaySeconds);
  const [cancelled, setCancelled] = useState(false);
  const [bookmarks, setBookmarks] = useState<BookmarkState>('idle');
  const cancelRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!entry || cancelled) return;
    if (remaining <= 0) {
      navigate(entry.newUrl);
      return;
    }
    const timer = setTimeout(() => setRemaining((value) => value - 1), 1000);
    return () => clearTimeout(timer);
  }, [entry, cancelled, remaining, navigate]);

  useEffect(() => cancelRef.current?.focus(), []);

  if (!entry) {
    return (
      <main class="moved">
        <h1>{t('sectionsGuidancePageTitle')}</h1>
        <p>{t('sectionsGuidanceUnknown')}</p>
        {from && <p class="moved__old">{t('sectionsGuidanceOld', from)}</p>}
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
    <main class="moved">
      <h1 data-testid="moved-title">
        {place ? t('sectionsGuidanceTitle', [title, place]) : t('sectionsGuidanceTitleNoPlace', title)}
      </h1>
      {note && <p class="moved__note">{note}</p>}
      <p>
        <a class="moved__go" href={entry.newUrl} data-testid="moved-link" onClick={onGo}>
          {t('sectionsGuidanceGo')}
        </a>{' '}
        <span class="moved__url">{entry.newUrl}</span>
      </p>
      <p role="status" aria-live="polite" data-testid="moved-countdown">
        {cancelled ? t('sectionsGuidanceCancelled') : t('sectionsGuidanceCountdown', String(Math.max(remaining, 0)))}
      </p>
      {!cancelled && (
        <button type="button" ref={cancelRef} onClick={() => setCancelled(true)} data-testid="moved-cancel">
          {t('sectionsGuidanceCancel')}
        </button>
      )}
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
