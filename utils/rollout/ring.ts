/**
 * A device's place in a step-by-step rollout: a bucket drawn once (0–99) and whether a policy or the
 * organisation's document puts it in the pilot ring. Kept on the device only; never sent anywhere.
 */
export const BUCKETS = 100;

export interface DeviceRing {
  /** Drawn once at the first start; null while not drawn yet (percent rollouts are then off, except 100). */
  bucket: number | null;
}

export const UNDRAWN: DeviceRing = { bucket: null };

/** 2^32 is a multiple of no BUCKETS: values past the last whole round are drawn again, so each bucket is equally likely. */
const LIMIT = Math.floor(2 ** 32 / BUCKETS) * BUCKETS;

/** A uniform bucket from a source of random 32-bit integers (crypto in the extension, a sequence in tests). */
export function drawBucket(randomUint32: () => number): number {
  for (;;) {
    const value = randomUint32() >>> 0;
    if (value < LIMIT) return value % BUCKETS;
  }
}

export function cryptoUint32(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0] ?? 0;
}
