import { useEffect } from 'preact/hooks';

/**
 * Alt+1, Alt+2, Alt+3 move the focus to the search box, the news and the moved sections (listed in the popup's
 * menu). By physical key (event.code), so they work on AZERTY keyboards too, where the digits need Shift.
 */
const SEARCH_BOX = '.search-box';
const TARGETS: Record<string, string> = {
  Digit1: SEARCH_BOX,
  Digit2: '.news__open, .news__title',
  Digit3: '.recently-moved__title',
};

export function useSectionKeys(): void {
  useEffect(() => {
    let waiting: (() => void) | undefined;
    const onKeyDown = (event: KeyboardEvent) => {
      const selector = event.altKey && !event.ctrlKey && !event.metaKey ? TARGETS[event.code] : undefined;
      if (!selector) return;
      const target = document.querySelector<HTMLElement>(selector);
      if (target) {
        event.preventDefault();
        target.focus();
        return;
      }
      // The news and moved lists give way to the results while the box holds a query (PopupBody.tsx): the key
      // empties the box, as the user would, and moves the focus once the list is back.
      const box = document.querySelector<HTMLInputElement>(SEARCH_BOX);
      if (!box?.value.trim()) return;
      event.preventDefault();
      waiting?.();
      waiting = focusWhenShown(selector);
      box.value = '';
      box.dispatchEvent(new Event('input', { bubbles: true }));
    };
    document.addEventListener('keydown', onKeyDown);
    return () => {
      waiting?.();
      document.removeEventListener('keydown', onKeyDown);
    };
  }, []);
}

/** The list shows again within a render or two: the wait gives up after a second. */
const LONGEST_WAIT_MS = 1000;

/** Focuses what `selector` finds as soon as it is in the page; returns what stops waiting. */
function focusWhenShown(selector: string): () => void {
  const observer = new MutationObserver(() => {
    const target = document.querySelector<HTMLElement>(selector);
    if (!target) return;
    stop();
    target.focus();
  });
  const timer = setTimeout(() => stop(), LONGEST_WAIT_MS);
  const stop = () => {
    observer.disconnect();
    clearTimeout(timer);
  };
  observer.observe(document.body, { childList: true, subtree: true });
  return stop;
}
