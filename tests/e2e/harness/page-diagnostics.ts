import type { ExtPage } from './session';

/** A failed wait says where the page was and what it showed, so that a timeout in CI can be read. */
export async function explainTimeout(page: Pick<ExtPage, 'evaluate'>, error: unknown): Promise<Error> {
  const seen = await page
    .evaluate(
      () =>
        `${location.href} (${document.readyState}): "${(document.body?.textContent ?? '').replace(/\s+/g, ' ').slice(0, 400)}"`,
    )
    .catch(() => 'the page could not be read');
  const message = error instanceof Error ? error.message : String(error);
  return new Error(`${message}\nThe page was ${seen}`, { cause: error });
}
