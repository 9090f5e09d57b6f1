// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { conditionalHeaders, validatorsOf } from '@/utils/http/validators';

describe('conditional requests', () => {
  it('replays both validators kept, even a weak ETag, and nothing the server never sent', () => {
    expect(conditionalHeaders({ etag: 'W/"v2"', lastModified: 'Tue, 01 Dec 2026 08:00:00 GMT' })).toEqual({
      'If-None-Match': 'W/"v2"',
      'If-Modified-Since': 'Tue, 01 Dec 2026 08:00:00 GMT',
    });
    expect(conditionalHeaders({ lastModified: 'Tue, 01 Dec 2026 08:00:00 GMT' })).toEqual({
      'If-Modified-Since': 'Tue, 01 Dec 2026 08:00:00 GMT',
    });
    expect(conditionalHeaders({})).toEqual({});
  });

  it('keeps the validators an answer carries, and none for a header missing or empty', () => {
    expect(validatorsOf(new Headers({ ETag: '"abc"', 'Last-Modified': 'Mon, 30 Nov 2026 10:00:00 GMT' }))).toEqual({
      etag: '"abc"',
      lastModified: 'Mon, 30 Nov 2026 10:00:00 GMT',
    });
    expect(validatorsOf(new Headers({ etag: '"abc"' }))).toEqual({ etag: '"abc"' });
    expect(validatorsOf(new Headers({ ETag: '', 'Content-Type': 'application/json' }))).toEqual({});
  });
});
