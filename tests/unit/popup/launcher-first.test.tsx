import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '@/components/common/i18n';
import { PopupBody } from '@/components/popup/PopupBody';
import en from '../../../public/_locales/en/messages.json';
import { catalogTranslator } from '../i18n/catalog-translator';
import { fakeConnector } from '../launcher/fake-connector';
import { snapshotWithNews } from './snapshot-with-news';

const snapshot = snapshotWithNews;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] });
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('the popup paints its launcher first', () => {
  it('shows the search box and the tools in the first frame, and the news below them in the next', async () => {
    render(
      <I18nProvider value={{ t: catalogTranslator(en), language: 'en' }}>
        <PopupBody snapshot={snapshot} connector={fakeConnector(snapshot)} />
      </I18nProvider>,
    );
    expect(screen.getByRole('combobox')).toBeTruthy();
    expect(screen.getAllByRole('option').length).toBeGreaterThan(0);
    expect(screen.queryByText('Séminaire annuel à Lyon')).toBeNull();

    await act(() => {
      vi.advanceTimersToNextFrame();
      vi.advanceTimersByTime(1);
    });
    expect(screen.getByText('Séminaire annuel à Lyon')).toBeTruthy();
  });

  it('shows only the results while the box holds a query: the news list comes back when it is emptied', async () => {
    render(
      <I18nProvider value={{ t: catalogTranslator(en), language: 'en' }}>
        <PopupBody snapshot={snapshot} connector={fakeConnector(snapshot)} />
      </I18nProvider>,
    );
    // Typed before the first frame: the list below the launcher is never painted under the results.
    fireEvent.input(screen.getByRole('combobox'), { target: { value: 'seminaire' } });
    await act(() => {
      vi.advanceTimersToNextFrame();
      vi.advanceTimersByTime(1);
    });
    expect(screen.queryByTestId('news')).toBeNull();

    fireEvent.input(screen.getByRole('combobox'), { target: { value: '' } });
    expect(screen.getByTestId('news')).toBeTruthy();
    fireEvent.input(screen.getByRole('combobox'), { target: { value: 'lyon' } });
    expect(screen.queryByTestId('news')).toBeNull();

    // Alt+2 (the news) still works by keyboard alone: it empties the box and the focus lands on the list.
    fireEvent.keyDown(document, { key: 'é', code: 'Digit2', altKey: true });
    await vi.waitFor(() => expect(document.activeElement?.closest('[data-testid=news]')).toBeTruthy());
    expect((screen.getByRole('combobox') as HTMLInputElement).value).toBe('');
  });
});
