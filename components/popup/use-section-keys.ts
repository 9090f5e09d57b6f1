import { useEffect } from 'preact/hooks';

/**
 * Alt+1, Alt+2, Alt+3 move the focus to the search box, the news and the moved sections (listed in the popup's
 * menu). By physical key (event.code), so they work on AZERTY keyboards too, where the digits need Shift.
 */
const TARGETS: Record<string, string> = {
  Digit1: '.search-box',
  Digit2: '.news__open, .news__title',
  Digit3: '.recently-moved__title',
};

export function useSectionKeys(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const selector = event.altKey && !event.ctrlKey && !event.metaKey ? TARGETS[event.code] : undefined;
      const target = selector && document.querySelector<HTMLElement>(selector);
      if (!target) return;
      event.preventDefault();
      target.focus();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
