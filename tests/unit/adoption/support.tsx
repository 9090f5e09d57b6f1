import { render } from '@testing-library/preact';
import axe from 'axe-core';
import type { ComponentChildren } from 'preact';
import { I18nProvider } from '@/components/common/i18n';
import en from '@/public/_locales/en/messages.json';
import fr from '@/public/_locales/fr/messages.json';
import type { Action, Connector } from '@/utils/connector/connector';
import type { Language } from '@/utils/i18n/translator';
import { EMPTY_SNAPSHOT, type PopupSnapshot } from '@/utils/snapshot/types';
import { catalogTranslator } from '../i18n/catalog-translator';

export interface Sent {
  action: Action;
  data: unknown;
}

/** A connector that serves a snapshot, records what is sent, and answers from a table. */
export function fakeConnector(snapshot: PopupSnapshot, answers: Partial<Record<Action, unknown>> = {}) {
  const listeners = new Set<(next: PopupSnapshot) => void>();
  const sent: Sent[] = [];
  const connector: Connector = {
    getSnapshot: async () => snapshot,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    send: (async (action: Action, data?: unknown) => {
      sent.push({ action, data });
      return answers[action];
    }) as Connector['send'],
  };
  return {
    connector,
    sent,
    publish(next: PopupSnapshot) {
      for (const listener of listeners) listener(next);
    },
  };
}

export function translatorFor(language: Language) {
  return catalogTranslator(language === 'fr' ? fr : en);
}

export function renderIn(language: Language, children: ComponentChildren) {
  return render(<I18nProvider value={{ t: translatorFor(language), language }}>{children}</I18nProvider>);
}

/** axe on the rendered markup; colour contrast needs real layout, which happy-dom does not do. */
export async function axeViolations(container: Element): Promise<string[]> {
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return results.violations.map((violation) => `${violation.id}: ${violation.help}`);
}

export function configuredSnapshot(adoption: Partial<PopupSnapshot['adoption']> = {}): PopupSnapshot {
  return {
    ...EMPTY_SNAPSHOT,
    config: {
      ...EMPTY_SNAPSHOT.config,
      configured: true,
      esnName: { fr: 'La Ruche', en: 'The Hive' },
      sync: { state: 'ok', lastSuccessAt: Date.parse('2026-11-27T09:41:00Z') },
    },
    adoption: { ...EMPTY_SNAPSHOT.adoption, version: '1.0.0', ...adoption },
  };
}
