import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '@/components/common/i18n';
import type { Connector } from '@/utils/connector/connector';
import { linkHost } from '@/utils/launcher/link-host';
import type { PersonalLink } from '@/utils/launcher/personal';
import { LINK_LABEL_MAX, type PersonalLinkRefusal } from '@/utils/launcher/personal-links';

interface Props {
  links: readonly PersonalLink[];
  max: number;
  connector: Connector;
}

type Field = 'label' | 'url' | 'form';
type Problem = { field: Field; text: string } | null;

const FIELD_OF: Record<PersonalLinkRefusal, Field> = {
  labelEmpty: 'label',
  labelTooLong: 'label',
  urlInvalid: 'url',
  urlNotAllowed: 'url',
  tooMany: 'form',
  notAllowed: 'form',
};

const MESSAGE_OF = {
  labelEmpty: 'launcherLinkLabelEmpty',
  labelTooLong: 'launcherLinkLabelTooLong',
  urlInvalid: 'launcherLinkUrlInvalid',
  urlNotAllowed: 'launcherLinkUrlNotAllowed',
  tooMany: 'launcherLinkTooMany',
  notAllowed: 'launcherLinkNotAllowed',
} as const satisfies Record<PersonalLinkRefusal, string>;

/**
 * The user's own links in the organising view: each with move up/down and remove, and a small form to add one.
 * Every check is the background's (the only one that knows the trusted http origins); its refusal is shown under
 * the field it concerns, tied to it with aria-describedby, and the field gets the focus.
 */
export function ManageLinks({ links, max, connector }: Props) {
  const { t } = useI18n();
  const [label, setLabel] = useState('');
  const [url, setUrl] = useState('');
  const [problem, setProblem] = useState<Problem>(null);
  const [status, setStatus] = useState('');
  const [saving, setSaving] = useState(false);
  const labelRef = useRef<HTMLInputElement>(null);
  const urlRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLOListElement>(null);
  // After a removal the button is gone: the focus moves to the next link's, or to the form.
  const [focusAfterRemoval, setFocusAfterRemoval] = useState<{ removed: string; next: string | null } | null>(null);

  useEffect(() => {
    if (!focusAfterRemoval || links.some((link) => link.id === focusAfterRemoval.removed)) return;
    const next = focusAfterRemoval.next
      ? listRef.current?.querySelector<HTMLButtonElement>(
          `[data-link-id="${focusAfterRemoval.next}"] [data-action=remove]`,
        )
      : null;
    (next ?? labelRef.current)?.focus();
    setFocusAfterRemoval(null);
  }, [links, focusAfterRemoval]);

  const send = (promise: Promise<unknown>) => promise.catch((error: unknown) => console.error(error));

  async function add(event: Event) {
    event.preventDefault();
    setSaving(true);
    setStatus('');
    try {
      const result = await connector.send('addPersonalLink', { label, url });
      if (result.ok) {
        setStatus(t('launcherLinkAdded', label.trim()));
        setProblem(null);
        setLabel('');
        setUrl('');
        labelRef.current?.focus();
        return;
      }
      const field = FIELD_OF[result.reason];
      setProblem({ field, text: t(MESSAGE_OF[result.reason], String(max)) });
      (field === 'url' ? urlRef : labelRef).current?.focus();
    } catch (error) {
      setProblem({
        field: 'form',
        text: t('launcherLinkFailed', error instanceof Error ? error.message : String(error)),
      });
    } finally {
      setSaving(false);
    }
  }

  function remove(link: PersonalLink, index: number) {
    const next = links[index + 1] ?? links[index - 1];
    setFocusAfterRemoval({ removed: link.id, next: next?.id ?? null });
    setStatus(t('launcherLinkRemoved', link.label));
    send(connector.send('removePersonalLink', { linkId: link.id }));
  }

  const errorId = (field: Field) => (problem?.field === field ? 'link-error' : undefined);
  return (
    <section class="manage__links" aria-labelledby="manage-links-title" data-testid="manage-links">
      <h3 id="manage-links-title" class="manage__heading">
        {t('launcherLinkGroup')}
      </h3>
      {links.length === 0 ? (
        <p class="manage__hint">{t('launcherLinkNone')}</p>
      ) : (
        <ol class="manage__list" ref={listRef}>
          {links.map((link, index) => (
            <li key={link.id} class="manage__row" data-link-id={link.id}>
              <span class="manage__name">
                {link.label}
                <span class="launcher__detail"> {linkHost(link.url)}</span>
              </span>
              <button
                type="button"
                class="icon-button"
                aria-label={t('launcherMoveUp', link.label)}
                disabled={index === 0}
                onClick={() => send(connector.send('movePersonalLink', { linkId: link.id, offset: -1 }))}
              >
                ↑
              </button>
              <button
                type="button"
                class="icon-button"
                aria-label={t('launcherMoveDown', link.label)}
                disabled={index === links.length - 1}
                onClick={() => send(connector.send('movePersonalLink', { linkId: link.id, offset: 1 }))}
              >
                ↓
              </button>
              <button
                type="button"
                class="text-button manage__remove"
                data-action="remove"
                aria-label={t('launcherLinkRemove', link.label)}
                onClick={() => remove(link, index)}
              >
                {t('launcherLinkRemoveButton')}
              </button>
            </li>
          ))}
        </ol>
      )}
      <form class="manage__form" onSubmit={add} noValidate data-testid="add-link">
        <p class="manage__hint">{t('launcherLinkHelp', [String(links.length), String(max)])}</p>
        <label class="manage__field">
          <span>{t('launcherLinkLabel')}</span>
          <input
            ref={labelRef}
            name="label"
            type="text"
            autoComplete="off"
            maxLength={LINK_LABEL_MAX}
            value={label}
            aria-invalid={problem?.field === 'label'}
            aria-describedby={errorId('label')}
            onInput={(event) => setLabel(event.currentTarget.value)}
          />
        </label>
        <label class="manage__field">
          <span>{t('launcherLinkUrl')}</span>
          <input
            ref={urlRef}
            name="url"
            type="url"
            inputMode="url"
            autoComplete="url"
            value={url}
            aria-invalid={problem?.field === 'url'}
            aria-describedby={errorId('url')}
            onInput={(event) => setUrl(event.currentTarget.value)}
          />
        </label>
        {problem && (
          <p id="link-error" class="manage__error" role={problem.field === 'form' ? 'alert' : undefined}>
            {problem.text}
          </p>
        )}
        <button type="submit" class="manage__add" disabled={saving}>
          {t('launcherLinkAdd')}
        </button>
        <p class="manage__status" role="status">
          {status}
        </p>
      </form>
    </section>
  );
}
