/**
 * Layout checks any page object can run: text that does not fit its box, where an element ends on the screen.
 * Selectors stay in the page objects; these take them as arguments.
 */
import type { ExtPage } from '../harness/session';

export interface Overflow {
  /** The element's tag, classes and the start of its text, to find it in a screenshot. */
  element: string;
  scrollWidth: number;
  clientWidth: number;
}

/**
 * Every element holding text whose text is wider than its box (scrollWidth > clientWidth), and the page itself
 * when it scrolls sideways. Inline elements are measured by their block container; text hidden on purpose
 * (.visually-hidden, closed disclosures, display: none) is left out.
 */
export function overflowingText(page: ExtPage): Promise<Overflow[]> {
  return page.evaluate(() => {
    const found: Overflow[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth) {
      found.push({
        element: 'html (the page scrolls sideways)',
        scrollWidth: root.scrollWidth,
        clientWidth: root.clientWidth,
      });
    }
    const seen = new Set<Element>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent?.trim()) continue;
      let box = node.parentElement;
      while (box && getComputedStyle(box).display.startsWith('inline') && box.parentElement) box = box.parentElement;
      if (!box || seen.has(box)) continue;
      seen.add(box);
      if (box.closest('.visually-hidden, option, script, style') || box.getClientRects().length === 0) continue;
      if (box.scrollWidth > box.clientWidth + 1) {
        found.push({
          element: `${box.tagName.toLowerCase()}.${[...box.classList].join('.')} “${(box.textContent ?? '').trim().slice(0, 40)}”`,
          scrollWidth: box.scrollWidth,
          clientWidth: box.clientWidth,
        });
      }
    }
    return found;
  });
}

/** Where the first element matching `selector` ends, from the top of the page (null when there is none). */
export function bottomOf(page: ExtPage, selector: string): Promise<number | null> {
  return page.evaluate((css: string) => {
    const element = document.querySelector(css);
    return element ? element.getBoundingClientRect().bottom + window.scrollY : null;
  }, selector);
}

/** The smallest computed font size of visible text on the page, in CSS pixels, and where it is. */
export function smallestText(page: ExtPage): Promise<{ size: number; element: string }> {
  return page.evaluate(() => {
    let smallest = { size: Number.POSITIVE_INFINITY, element: '' };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (!node.textContent?.trim() || !element || element.closest('.visually-hidden')) continue;
      if (element.getClientRects().length === 0) continue;
      const size = Number.parseFloat(getComputedStyle(element).fontSize);
      if (size < smallest.size) {
        const text = (node.textContent ?? '').trim().slice(0, 30);
        smallest = { size, element: `${element.tagName.toLowerCase()}.${[...element.classList].join('.')} “${text}”` };
      }
    }
    return smallest;
  });
}
