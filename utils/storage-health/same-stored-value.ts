import stableStringify from 'fast-json-stable-stringify';

/**
 * Whether writing `next` would change what storage holds as `stored`: the same JSON whatever the order of their
 * objects' keys (a property holding undefined counts as absent, as storage drops it). Chromium's storage.local
 * answers every object with its keys sorted, not in the order they were written: compared as plain JSON text, a
 * value read back never equalled the one about to be written, and each background start rewrote the effective
 * configuration, the what's-new state and the whole popup snapshot four times (1 Dec 2026, Chromium 156).
 */
export function sameStoredValue(stored: unknown, next: unknown): boolean {
  return stableStringify(stored) === stableStringify(next);
}
