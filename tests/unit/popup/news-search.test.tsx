import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '@/components/common/i18n';
import { PopupBody } from '@/components/popup/PopupBody';
import en from '../../../public/_locales/en/messages.json';
import { catalogTranslator } from '../i18n/catalog-translator';
import { fakeConnector } from '../launcher/fake-connector';
import { snapshotWithNews } from './snapshot-with-news';

const snapshot = snapshotWithNews;

afterEach(cleanup);

describe('the popup search box', () => {
  it('finds news titles too; Enter opens the news item through the background, Ctrl+Enter behind the popup', async () => {
    const connector = fakeConnector(snapshot);
    render(
      <I18nProvider value={{ t: catalogTranslator(en), language: 'en' }}>
        <PopupBody snapshot={snapshot} connector={connector} />
      </I18nProvider>,
    );
    const input = screen.getByRole('combobox');
    fireEvent.input(input, { target: { value: 'seminaire' } });
    await vi.waitFor(() => expect(screen.getAllByRole('option')[0]?.textContent).toContain('Séminaire annuel à Lyon'));
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(connector.sent).toContainEqual({
      action: 'openNewsItem',
      data: { key: 'n-42', from: 'search', disposition: 'newTab' },
    });
    fireEvent.keyDown(input, { key: 'Enter', ctrlKey: true });
    expect(connector.sent).toContainEqual({
      action: 'openNewsItem',
      data: { key: 'n-42', from: 'search', disposition: 'backgroundTab' },
    });
  });
});
