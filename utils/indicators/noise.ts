/**
 * Optional local noise (randomised response, `indicators.noise`): before an entry point or a post is counted,
 * with probability q it is replaced by one drawn uniformly among the K possible ones (itself included). No single
 * record can then be trusted, yet a fleet's counts can be corrected (estimateTrueCount). See ADMIN.md › Privacy.
 */
import type { IndicatorEvent } from './types';
import { ENTRY_POINTS, POST_VIAS } from './vocabulary';

/** The largest q accepted: beyond it the counts would be mostly noise. */
export const MAX_NOISE = 0.5;

/** With probability q, one of `choices` drawn uniformly; otherwise the truth. */
export function randomisedResponse<T>(truth: T, choices: readonly T[], q: number, random: () => number): T {
  if (!(q > 0) || choices.length === 0 || random() >= Math.min(q, MAX_NOISE)) return truth;
  return choices[Math.floor(random() * choices.length)] ?? truth;
}

/** The event as counted with noise q: the entry point of a path, and the path and the post of a reading. */
export function withNoise(event: IndicatorEvent, q: number, random: () => number): IndicatorEvent {
  if (!(q > 0)) return event;
  if (event.kind === 'path') return { ...event, from: randomisedResponse(event.from, ENTRY_POINTS, q, random) };
  if (event.kind !== 'newsView') return event;
  const { alternatives, ...reading } = event;
  const self = { itemId: event.itemId, ...(event.title !== undefined && { title: event.title }) };
  const others = (alternatives ?? []).filter((item) => item.itemId !== event.itemId);
  const post = randomisedResponse(self, [self, ...others], q, random);
  return {
    ...reading,
    itemId: post.itemId,
    ...(post.title !== undefined ? { title: post.title } : { title: undefined }),
    via: randomisedResponse(event.via, POST_VIAS, q, random),
  };
}

/**
 * The unbiased estimate of a true count from noisy ones: observed among `total` answers that had K possible
 * values, with noise q. E[observed] = (1 − q)·true + q·total/K.
 */
export function estimateTrueCount(observed: number, total: number, choices: number, q: number): number {
  if (!(q > 0)) return observed;
  return (observed - (q * total) / choices) / (1 - q);
}

/** Standard deviation of that estimate (binomial noise of each answer), for the error bars of ADMIN.md. */
export function estimateStandardError(observed: number, total: number, q: number): number {
  if (!(q > 0) || total === 0) return 0;
  const share = observed / total;
  return Math.sqrt(total * share * (1 - share)) / (1 - q);
}
