import { useState } from 'preact/hooks';
import { useI18n } from '@/components/common/i18n';
import type { DiagnosticSetting } from '@/utils/config/diagnostics';
import type { Connector } from '@/utils/connector/connector';
import type { MessageKey } from '@/utils/i18n/translator';

const FEATURE_KEYS: Record<string, MessageKey> = {
  'features.launcher': 'configFeatureLauncher',
  'features.news': 'configFeatureNews',
  'features.notifications': 'configFeatureNotifications',
  'features.sectionsSearch': 'configFeatureSectionsSearch',
  'features.relocationGuidance': 'configFeatureRelocationGuidance',
  'features.omnibox': 'configFeatureOmnibox',
  'features.onboarding': 'configFeatureOnboarding',
  'features.indicators': 'configFeatureIndicators',
};

interface Props {
  connector: Connector;
  settings: DiagnosticSetting[];
  onSaved: () => void;
}

/** The features the policy lets the user turn on or off (listed in userMayChange). Hidden when there are none. */
export function PersonalSettings({ connector, settings, onSaved }: Props) {
  const { t } = useI18n();
  const [message, setMessage] = useState('');
  const toggles = settings.filter(
    (setting) => setting.userMayChange && typeof setting.value === 'boolean' && FEATURE_KEYS[setting.path],
  );
  if (toggles.length === 0) return null;

  async function change(path: string, value: boolean) {
    const result = await connector.send('saveUserSettings', { settings: { [path]: value } });
    setMessage(result.ok ? t('configUrlSaved') : t('configSettingRefused', result.detail ?? ''));
    if (result.ok) onSaved();
  }

  return (
    <fieldset class="options__section">
      <legend>{t('configFeaturesLegend')}</legend>
      {toggles.map((setting) => (
        <div key={setting.path}>
          <input
            type="checkbox"
            id={`setting-${setting.path}`}
            checked={setting.value === true}
            onChange={(event) => void change(setting.path, event.currentTarget.checked)}
          />{' '}
          <label for={`setting-${setting.path}`}>{t(FEATURE_KEYS[setting.path] as MessageKey)}</label>
        </div>
      ))}
      <p role="status" aria-live="polite">
        {message}
      </p>
    </fieldset>
  );
}
