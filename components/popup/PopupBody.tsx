import { useI18n } from '@/components/common/i18n';
import type { Connector } from '@/utils/connector/connector';
import { localize } from '@/utils/i18n/localized-text';
import type { PopupSnapshot } from '@/utils/snapshot/types';
import './popup.css';

interface Props {
  snapshot: PopupSnapshot;
  connector: Connector;
}

/** The popup's layout: header, then each capability's panel when its feature is on. */
export function PopupBody({ snapshot, connector }: Props) {
  const { t, language } = useI18n();
  const { config } = snapshot;
  if (!config.configured) {
    return (
      <main class="popup">
        <h1 class="popup__title">{t('popupTitle')}</h1>
        <p>{t('notConfigured')}</p>
      </main>
    );
  }
  return (
    <main class="popup">
      <h1 class="popup__title">{localize(config.esnName, language) || t('popupTitle')}</h1>
      {config.features.launcher && (
        <ul class="popup__tools" data-testid="tools">
          {snapshot.launcher.tools.map((tool) => (
            <li key={tool.id}>
              <button
                type="button"
                onClick={() => connector.send('launchTool', { toolId: tool.id, disposition: 'newTab' })}
              >
                {localize(tool.label, language)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
