import type { Tool } from '../config/schema';
import { isAllowedUrl } from '../config/url-policy';

/**
 * The address a launch opens: the ESN's launch route with the tool id when there is one (every launch is then an
 * ESN visit), otherwise the tool itself. Null when that address may not be opened (see url-policy.ts).
 */
export function launchUrl(
  tool: Pick<Tool, 'id' | 'url'>,
  launchRoute: string | undefined,
  allowedInsecureOrigins: readonly string[],
): string | null {
  const address = launchRoute ? launchRoute.replaceAll('{toolId}', encodeURIComponent(tool.id)) : tool.url;
  return isAllowedUrl(address, allowedInsecureOrigins) ? address : null;
}
