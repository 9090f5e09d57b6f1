import { useI18n } from '@/components/common/i18n';
import type { PinAdvice } from '@/utils/adoption/pin';
import type { MessageKey } from '@/utils/i18n/translator';

const ADVICE_KEYS: Record<PinAdvice, MessageKey> = {
  pinned: 'adoptionPinPinned',
  firefoxManual: 'adoptionPinFirefox',
  chromePolicyOrManual: 'adoptionPinChrome',
  edgePolicyOrManual: 'adoptionPinEdge',
};

/** How to pin the toolbar button in this browser. */
export function PinSection({ advice }: { advice: PinAdvice }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="welcome-pin" data-testid="pin" data-advice={advice}>
      <h2 id="welcome-pin">{t('adoptionPinTitle')}</h2>
      <p>{t(ADVICE_KEYS[advice])}</p>
    </section>
  );
}
