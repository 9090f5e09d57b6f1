// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { EMPTY_CONFIG } from '@/utils/config/effective';
import { parseGuidanceQuery, redirectDelaySeconds } from '@/utils/sections/guidance';

describe('guidance page inputs', () => {
  it('reads the rule query, the delay (default 5, 0 = at once, capped at 60)', () => {
    expect(parseGuidanceQuery('?id=canteen-menus&from=https%3A%2F%2Fold.example%2Fa%3Fb%3D1')).toEqual({
      id: 'canteen-menus',
      from: 'https://old.example/a?b=1',
    });
    expect(parseGuidanceQuery('?from=x')).toBeNull();
    // A prefix rule inserts the address as opened, with its own "?" and "&".
    expect(parseGuidanceQuery('?id=document-archive&from=https://old.example/documents/a.pdf?v=1&w=2')).toEqual({
      id: 'document-archive',
      from: 'https://old.example/documents/a.pdf?v=1&w=2',
    });
    expect(parseGuidanceQuery('?id=a')).toEqual({ id: 'a', from: '' });
    expect(redirectDelaySeconds(EMPTY_CONFIG)).toBe(5);
    expect(redirectDelaySeconds({ ...EMPTY_CONFIG, relocation: { redirectDelaySeconds: 0 } })).toBe(0);
    expect(redirectDelaySeconds({ ...EMPTY_CONFIG, relocation: { redirectDelaySeconds: 600 } })).toBe(60);
  });
});
