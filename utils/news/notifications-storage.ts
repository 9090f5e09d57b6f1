import * as z from 'zod/mini';
import { defineHealedItem } from '../storage-health/healed-item';
import { healWith } from '../storage-health/salvage';
import type { NotifyState } from './notify';

const notifyStateSchema: z.ZodMiniType<NotifyState> = z.object({
  lastShownAt: z.optional(z.number()),
  pending: z.array(z.object({ key: z.string(), title: z.string() })),
});

/** When the last important-news notification was shown, and the items the rate limit holds back. */
export const notificationsItem = defineHealedItem<NotifyState>('local:newsNotifications', {
  fallback: { pending: [] },
  version: 1,
  heal: healWith(notifyStateSchema, { pending: [] }),
});
