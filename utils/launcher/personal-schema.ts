import * as z from 'zod/mini';
import type { PersonalState } from './personal';

/** The stored `personal` value, checked when read: a bad favourite is left out, the others stay. */
export const personalStateSchema: z.ZodMiniType<PersonalState> = z.object({
  favourites: z.array(z.string()),
  recents: z.array(z.object({ toolId: z.string(), at: z.number() })),
  hidden: z.array(z.string()),
  links: z.array(z.object({ id: z.string(), label: z.string(), url: z.string() })),
  focusExistingTab: z.boolean(),
});
