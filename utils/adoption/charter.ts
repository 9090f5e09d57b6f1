import type { CharterAcknowledgement } from './storage';

/** Whether the accepted charter is the configured one ('' stands for a charter without a version). */
export function isCharterAcknowledged(
  configuredVersion: string | undefined,
  acknowledgement: CharterAcknowledgement | null,
): boolean {
  return acknowledgement !== null && acknowledgement.version === (configuredVersion ?? '');
}
