import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '@/components/common/i18n';
import { IndicatorsSendNow } from '@/components/diagnostics/IndicatorsSendNow';
import { IndicatorsSource } from '@/components/diagnostics/IndicatorsSource';
import type { Connector } from '@/utils/connector/connector';
import type { Language } from '@/utils/i18n/translator';
import type { SendIndicatorsResult } from '@/utils/indicators/protocol';
import en from '../../../public/_locales/en/messages.json';
import fr from '../../../public/_locales/fr/messages.json';
import { catalogTranslator } from '../i18n/catalog-translator';

afterEach(cleanup);

/** A background that answers "Send now" with `answer` (or fails with it), and counts the diagnostics reloads. */
function setup(answer: SendIndicatorsResult | Error, language: Language = 'en') {
  const asked: string[] = [];
  let reloads = 0;
  const connector = {
    send: async (action: string) => {
      asked.push(action);
      if (answer instanceof Error) throw answer;
      return answer;
    },
  } as unknown as Connector;
  const t = catalogTranslator(language === 'fr' ? fr : en);
  render(
    <I18nProvider value={{ t, language }}>
      <IndicatorsSendNow connector={connector} onSent={() => (reloads += 1)} />
    </I18nProvider>,
  );
  return { asked, reloads: () => reloads };
}

async function sendAndRead(): Promise<string> {
  const button = screen.getByRole('button', { name: /Send now|Envoyer maintenant/ });
  fireEvent.click(button);
  const status = screen.getByRole('status');
  await screen.findByText((_text, element) => element === status && status.dataset.outcome !== 'sending');
  return status.textContent ?? '';
}

describe('indicators "Send now" (options page › For IT)', () => {
  it('sends at the click and says the ESN accepted the batch, then reloads the diagnostics', async () => {
    const { asked, reloads } = setup({ outcome: 'sent', status: 204 });
    expect(await sendAndRead()).toBe('Sent: the ESN accepted the batch (HTTP 204).');
    expect(asked).toEqual(['sendIndicatorsNow']);
    expect(reloads()).toBe(1);
  });

  it('sends once however often it is pressed while a send runs, and keeps the focus', async () => {
    let answer: (result: SendIndicatorsResult) => void = () => undefined;
    const asked: string[] = [];
    const connector = {
      send: (action: string) => {
        asked.push(action);
        return new Promise<SendIndicatorsResult>((resolve) => (answer = resolve));
      },
    } as unknown as Connector;
    render(
      <I18nProvider value={{ t: catalogTranslator(en), language: 'en' }}>
        <IndicatorsSendNow connector={connector} onSent={() => undefined} />
      </I18nProvider>,
    );
    const button = screen.getByRole('button', { name: 'Send now' });
    button.focus();
    fireEvent.click(button);
    await screen.findByText('Sending…');
    fireEvent.click(button);
    expect(asked).toEqual(['sendIndicatorsNow']);
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(document.activeElement).toBe(button);
    answer({ outcome: 'nothing' });
    await screen.findByText(/^Nothing to send/);
  });

  it('says when there is nothing to send', async () => {
    setup({ outcome: 'nothing' });
    expect(await sendAndRead()).toBe('Nothing to send: nothing was counted since the last send.');
  });

  it('says a refusal and why: the status the ESN answered', async () => {
    setup({ outcome: 'refused', status: 400 });
    expect(await sendAndRead()).toMatch(/^Refused: the ESN answered HTTP 400, so the batch is dropped\./);
  });

  it('says a batch kept for later, with no answer at all, in French', async () => {
    setup({ outcome: 'retry', nextAttemptAt: new Date(2026, 10, 27, 14, 5).getTime() }, 'fr');
    expect(await sendAndRead()).toBe('Non remis (pas de réponse)\u00a0: le lot est gardé et sera renvoyé à 14:05.');
  });

  it('says when indicators are off, and when the background could not be asked', async () => {
    setup({ outcome: 'disabled' });
    expect(await sendAndRead()).toBe('Indicators are off on this device: nothing is sent.');
    cleanup();
    setup(new Error('no background'));
    expect(await sendAndRead()).toBe('Could not send: Error: no background');
  });

  it('is offered only while indicators are on', () => {
    const pending = { days: 1, events: 3 };
    const action = <button type="button">Send now</button>;
    const t = catalogTranslator(en);
    const { rerender } = render(
      <I18nProvider value={{ t, language: 'en' }}>
        <IndicatorsSource source={{ level: 'off', enabled: false, pending }}>{action}</IndicatorsSource>
      </I18nProvider>,
    );
    expect(screen.queryByRole('button', { name: 'Send now', hidden: true })).toBeNull();
    rerender(
      <I18nProvider value={{ t, language: 'en' }}>
        <IndicatorsSource source={{ level: 'ok', enabled: true, pending }}>{action}</IndicatorsSource>
      </I18nProvider>,
    );
    expect(screen.getByRole('button', { name: 'Send now', hidden: true })).toBeTruthy();
  });
});
