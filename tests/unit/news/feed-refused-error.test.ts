import { expect, it } from 'vitest';
import { FeedRefusedError, isFeedRefusedError } from '@/utils/news/types';

it('recognises a refusal thrown by the lazy parser script, whose class is its own copy', () => {
  // The parser's bundle (entrypoints/lazy-feed-reader.ts) carries another FeedRefusedError class.
  class OtherCopy extends Error {
    constructor(readonly reason: string) {
      super('The response is empty.');
      this.name = 'FeedRefusedError';
    }
  }
  expect(isFeedRefusedError(new OtherCopy('empty'))).toBe(true);
  expect(isFeedRefusedError(new FeedRefusedError('html', 'a web page'))).toBe(true);
});

it('leaves other failures to the generic path', () => {
  expect(isFeedRefusedError(new Error('The response is empty.'))).toBe(false);
  expect(isFeedRefusedError(Object.assign(new Error('x'), { name: 'FeedRefusedError' }))).toBe(false);
  expect(isFeedRefusedError({ name: 'FeedRefusedError', reason: 'empty' })).toBe(false);
});
