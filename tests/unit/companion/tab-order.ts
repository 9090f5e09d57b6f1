const FOCUSABLE = 'a[href], button, input, select, textarea, [tabindex]';

/**
 * What the Tab key visits, in order: happy-dom does not move the focus on Tab, but without a positive tabindex
 * (refused here) the order is the document's, and disabled or tabindex="-1" elements are skipped.
 */
export function tabOrder(container: Element): Element[] {
  const elements = [...container.querySelectorAll(FOCUSABLE)];
  const positive = elements.filter((element) => Number(element.getAttribute('tabindex')) > 0);
  if (positive.length > 0) throw new Error(`positive tabindex breaks the reading order: ${positive.length}`);
  return elements.filter(
    (element) => element.getAttribute('tabindex') !== '-1' && !(element as HTMLInputElement).disabled,
  );
}
