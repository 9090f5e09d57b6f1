import { useI18n } from '@/components/common/i18n';
import type { DiagnosticSetting } from '@/utils/config/diagnostics';
import type { ConfigSource } from '@/utils/config/effective';
import { settingText } from '@/utils/config/setting-text';
import type { MessageKey } from '@/utils/i18n/translator';

const SOURCE_KEYS: Record<ConfigSource, MessageKey> = {
  policy: 'configSourcePolicy',
  document: 'configSourceDocument',
  user: 'configSourceUser',
  default: 'configSourceDefault',
};

/** Every setting, its effective value and where it came from. */
export function SettingsTable({ settings }: { settings: DiagnosticSetting[] }) {
  const { t } = useI18n();
  return (
    <table class="options__table" data-testid="config-settings">
      <caption>{t('configDiagSettingsCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('configDiagPath')}</th>
          <th scope="col">{t('configDiagValue')}</th>
          <th scope="col">{t('configDiagSource')}</th>
        </tr>
      </thead>
      <tbody>
        {settings.map((setting) => (
          <tr key={setting.path} data-path={setting.path} data-source={setting.source}>
            <th scope="row">
              <code>{setting.path}</code>
            </th>
            <td>
              <code>{settingText(setting.value, t)}</code>
            </td>
            <td>
              {t(SOURCE_KEYS[setting.source])}
              {setting.source === 'policy' && !setting.userMayChange ? ` (${t('configDiagEnforced')})` : ''}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function sourceKey(source: ConfigSource): MessageKey {
  return SOURCE_KEYS[source];
}
