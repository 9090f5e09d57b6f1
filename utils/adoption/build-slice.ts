import type { EffectiveConfig } from '../config/effective';
import { isAllowedContactChannel, isAllowedUrl } from '../config/url-policy';
import { isCharterAcknowledged } from './charter';
import { onboardingTargetFor } from './onboarding';
import type { AdoptionSlice, HelpLinks } from './slice';
import type { CharterAcknowledgement, WhatsNewState } from './storage';

type SliceConfig = Pick<EffectiveConfig, 'features' | 'onboarding' | 'links' | 'allowedInsecureOrigins'>;

/** The adoption slice from the configuration and the user's state; addresses that may not open are left out. */
export function buildAdoptionSlice(
  config: SliceConfig,
  acknowledgement: CharterAcknowledgement | null,
  whatsNew: WhatsNewState,
  version: string,
): AdoptionSlice {
  const { links, allowedInsecureOrigins } = config;
  const allowed = (url: string | undefined) => (url && isAllowedUrl(url, allowedInsecureOrigins) ? url : undefined);
  const charterUrl = config.features.onboarding ? allowed(links.charterUrl) : undefined;
  const help: HelpLinks = {
    help: allowed(links.help),
    tutorials: allowed(links.tutorials),
    hotlinePhone: links.hotlinePhone,
    hotlineEmail: links.hotlineEmail,
    hotlineUrl: allowed(links.hotlineUrl),
    // The one address that may also be a mailto: (checked again once filled).
    feedback:
      links.feedback && isAllowedContactChannel(links.feedback, allowedInsecureOrigins) ? links.feedback : undefined,
  };
  const target = onboardingTargetFor(config);
  const ambassadors = links.ambassadors;
  const ambassadorsOk = ambassadors && isAllowedContactChannel(ambassadors.contact, allowedInsecureOrigins);
  return {
    charter: charterUrl
      ? {
          url: charterUrl,
          ...(links.charterVersion && { version: links.charterVersion }),
          acknowledged: isCharterAcknowledged(links.charterVersion, acknowledgement),
        }
      : null,
    whatsNew: whatsNew.pending,
    help: Object.fromEntries(Object.entries(help).filter(([, value]) => value !== undefined)),
    ...(ambassadorsOk && { ambassadors: { name: ambassadors.name, contact: ambassadors.contact } }),
    onboarding: { enabled: target.kind !== 'none', ...(target.kind === 'url' && { url: target.url }) },
    version,
    allowedInsecureOrigins,
  };
}
