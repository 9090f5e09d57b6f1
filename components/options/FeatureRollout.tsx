import { useI18n } from '@/components/common/i18n';
import type { FeatureDecision } from '@/utils/rollout/resolve';

/** Why each feature is on or off on this device: the administrator checks a ring or a percentage here. */
export function FeatureRollout({ decisions }: { decisions: FeatureDecision[] }) {
  const { t } = useI18n();
  const why = ({ reason }: FeatureDecision) => {
    switch (reason.kind) {
      case 'default':
        return t('rolloutDefault');
      case 'set':
        return t('rolloutSet');
      case 'pilot':
        return t(reason.inPilot ? 'rolloutPilotIn' : 'rolloutPilotOut');
      case 'percent':
        return t('rolloutPercent', [
          String(reason.percent),
          reason.bucket === null ? t('rolloutNotDrawn') : String(reason.bucket),
        ]);
    }
  };
  if (decisions.length === 0) return null;
  return (
    <table class="options__table" data-testid="feature-rollout">
      <caption>{t('rolloutTitle')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('rolloutFeature')}</th>
          <th scope="col">{t('rolloutState')}</th>
          <th scope="col">{t('rolloutWhy')}</th>
        </tr>
      </thead>
      <tbody>
        {decisions.map((decision) => (
          <tr
            key={decision.name}
            data-feature={decision.name}
            data-on={String(decision.on)}
            data-reason={decision.reason.kind}
          >
            <th scope="row">
              <code>{decision.name}</code>
            </th>
            <td>{t(decision.on ? 'rolloutOn' : 'rolloutOff')}</td>
            <td>{why(decision)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
