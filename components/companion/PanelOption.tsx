import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '@/components/common/i18n';
import type { Connector } from '@/utils/connector/connector';

/**
 * The employee's choice to open the side panel instead of the popup on a toolbar click (Chromium's side panel,
 * Firefox's sidebar); Firefox users are also told where else the sidebar is. Shown only when the organisation
 * turned the side panel on.
 */
export function PanelOption({ connector, firefox }: { connector: Connector; firefox: boolean }) {
  const { t } = useI18n();
  const [enabled, setEnabled] = useState<boolean | null>(null);
  const [checked, setChecked] = useState(false);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    void connector.getSnapshot().then((snapshot) => setEnabled(snapshot.config.features.sidePanel === true));
    void connector.send('getPanelOnClick').then(setChecked);
  }, [connector]);
  if (!enabled) return null;
  return (
    <section class="options__section" aria-labelledby="panel-option-title" data-testid="panel-option">
      <h2 id="panel-option-title">{t('panelOptionTitle')}</h2>
      <label>
        <input
          type="checkbox"
          id="panel-on-click"
          checked={checked}
          onChange={(event) => {
            setChecked(event.currentTarget.checked);
            setSaved(false);
            void connector.send('setPanelOnClick', { enabled: event.currentTarget.checked }).then(() => setSaved(true));
          }}
        />{' '}
        {t('panelOptionLabel')}
      </label>
      {firefox && <p>{t('panelOptionFirefox')}</p>}
      <p role="status">{saved ? t('panelOptionSaved') : ''}</p>
    </section>
  );
}
