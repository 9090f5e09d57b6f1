import * as z from 'zod/mini';
import { defineHealedItem } from '../storage-health/healed-item';
import { healWith } from '../storage-health/salvage';
import { BUCKETS, cryptoUint32, type DeviceRing, drawBucket } from './ring';

const ringSchema = z.nullable(z.object({ bucket: z.number().check(z.int(), z.minimum(0), z.maximum(BUCKETS - 1)) }));

/** The device's rollout bucket, drawn once; null before the first draw. Local only, never sent. */
export const deviceRingItem = defineHealedItem<{ bucket: number } | null>('local:deviceRing', {
  fallback: null,
  version: 1,
  heal: healWith(ringSchema as z.ZodMiniType<{ bucket: number } | null>, null),
});

let drawing: Promise<DeviceRing> | null = null;

/** The stored bucket, or a new one drawn and stored (once, even when asked twice at once). */
export function deviceRing(random: () => number = cryptoUint32): Promise<DeviceRing> {
  drawing ??= (async () => {
    const stored = await deviceRingItem.getValue();
    if (stored) return stored;
    const drawn = { bucket: drawBucket(random) };
    await deviceRingItem.setValue(drawn);
    return drawn;
  })().finally(() => {
    drawing = null;
  });
  return drawing;
}
