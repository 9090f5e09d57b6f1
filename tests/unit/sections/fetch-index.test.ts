import { describe, expect, it } from 'vitest';
import { fetchIndexFile } from '@/utils/sections/fetch-index';
import { MAX_INDEX_BYTES } from '@/utils/sections/index-issues';

const URL_ = 'https://esn.example/passerelle/sections.csv';
const serve = (response: () => Response) => (async () => response()) as unknown as typeof fetch;

/** A body of `chunks` megabytes without a Content-Length, then an error if `fail`. */
function streamed(chunks: number, fail = false): Response {
  let sent = 0;
  return new Response(
    new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent === chunks) return fail ? controller.error(new TypeError('network error')) : controller.close();
        sent += 1;
        controller.enqueue(new Uint8Array(1024 * 1024).fill(0x41));
      },
    }),
  );
}

describe('fetchIndexFile', () => {
  it('stops reading past the limit even without a Content-Length, and says so', async () => {
    const outcome = await fetchIndexFile(
      URL_,
      {},
      serve(() => streamed(MAX_INDEX_BYTES / (1024 * 1024) + 1)),
    );
    expect(outcome).toEqual({
      kind: 'failed',
      reason: 'the index file is larger than 20.0 MB — split it, or remove entries that no longer help',
    });
  });

  it('reports a body cut off on its way instead of throwing', async () => {
    const outcome = await fetchIndexFile(
      URL_,
      {},
      serve(() => streamed(2, true)),
    );
    expect(outcome).toMatchObject({ kind: 'failed', reason: expect.stringMatching(/^the file was cut off \(/) });
  });
});
