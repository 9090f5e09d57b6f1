import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '@/components/common/i18n';
import type { Diagnostics } from '@/utils/config/diagnostics';
import type { Connector } from '@/utils/connector/connector';

interface Props {
  connector: Connector;
  diagnostics: Diagnostics;
  /** Called after a save, so the page shows the new state. */
  onSaved: () => void;
}

type Feedback = { kind: 'ok' | 'error'; text: string } | null;

/** The user's own configuration address: editable only when no policy sets one. */
export function ConfigUrlForm({ connector, diagnostics, onSaved }: Props) {
  const { t } = useI18n();
  const editable = diagnostics.user.configUrlEditable;
  const policyUrl = diagnostics.settings.find((setting) => setting.path === 'configUrl');
  const [value, setValue] = useState(editable ? (diagnostics.user.configUrl ?? '') : String(policyUrl?.value ?? ''));
  const [feedback, setFeedback] = useState<Feedback>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (!editable) setValue(String(policyUrl?.value ?? ''));
  }, [editable, policyUrl?.value]);

  async function save(event: Event) {
    event.preventDefault();
    setSaving(true);
    try {
      const result = await connector.send('saveUserSettings', { configUrl: value.trim() === '' ? null : value.trim() });
      if (result.ok) setFeedback({ kind: 'ok', text: t('configUrlSaved') });
      else if (result.reason === 'enforced') setFeedback({ kind: 'error', text: t('configUrlEnforced') });
      else setFeedback({ kind: 'error', text: t('configUrlInvalid', result.detail ?? '') });
      if (result.ok) onSaved();
    } catch (error) {
      setFeedback({
        kind: 'error',
        text: t('configUrlSaveFailed', error instanceof Error ? error.message : String(error)),
      });
    } finally {
      setSaving(false);
    }
  }

  return (
    <section class="options__section" aria-labelledby="config-url-title">
      <h2 id="config-url-title">{t('configUserSettingsTitle')}</h2>
      <form onSubmit={save} class="options__form">
        <label for="config-url">{t('configUrlLabel')}</label>
        <input
          id="config-url"
          name="configUrl"
          type="url"
          inputMode="url"
          autoComplete="url"
          placeholder="https://esn.example.com/passerelle/config.json"
          value={value}
          disabled={!editable}
          aria-describedby="config-url-help"
          onInput={(event) => setValue(event.currentTarget.value)}
        />
        <p id="config-url-help" class="options__help">
          {editable ? t('configUrlHelp') : t('configUrlEnforced')}
        </p>
        <button type="submit" id="config-url-save" disabled={!editable || saving}>
          {t('configUrlSave')}
        </button>
        <p role="status" aria-live="polite" class={feedback?.kind === 'error' ? 'options__error' : 'options__ok'}>
          {feedback?.text ?? ''}
        </p>
      </form>
    </section>
  );
}
