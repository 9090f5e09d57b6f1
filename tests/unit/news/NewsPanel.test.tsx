import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '@/components/common/i18n';
import { NewsPanel } from '@/components/news/NewsPanel';
import { formatRelative } from '@/utils/i18n/format';
import type { Language } from '@/utils/i18n/translator';
import type { NewsSlice } from '@/utils/news/slice';
import en from '../../../public/_locales/en/messages.json';
import fr from '../../../public/_locales/fr/messages.json';
import { catalogTranslator } from '../i18n/catalog-translator';
import { fakeConnector } from '../launcher/fake-connector';

const slice: NewsSlice = {
  unreadCount: 2,
  status: 'ok',
  feeds: [
    { id: 'actualites', label: { fr: 'Actualités', en: 'News' }, unread: 1, health: 'ok', stale: false },
    { id: 'evenements', label: { fr: 'Évènements', en: 'Events' }, unread: 1, health: 'ok', stale: false },
  ],
  items: [
    {
      key: 'a',
      feedId: 'actualites',
      title: '<img src=x onerror=alert(1)>Cantine',
      unread: true,
      publishedAt: Date.UTC(2026, 10, 27, 8),
    },
    { key: 'b', feedId: 'evenements', title: 'Forum des métiers', unread: true, important: true },
    { key: 'c', feedId: 'actualites', title: 'Old news', unread: false },
  ],
};

function renderPanel(override: Partial<NewsSlice> = {}, language: Language = 'fr') {
  const connector = fakeConnector();
  const t = catalogTranslator(language === 'fr' ? fr : en);
  render(
    <I18nProvider value={{ t, language }}>
      <NewsPanel slice={{ ...slice, ...override }} connector={connector} />
    </I18nProvider>,
  );
  return connector;
}

afterEach(cleanup);

describe('NewsPanel', () => {
  it('lists items newest first, marks unread ones in words, renders titles as text', () => {
    renderPanel();
    const buttons = screen.getAllByRole('listitem').map((item) => item.textContent);
    expect(buttons[0]).toContain('Non lu');
    expect(buttons[0]).toContain('<img src=x onerror=alert(1)>Cantine');
    expect(document.querySelector('img')).toBeNull();
    expect(buttons[1]).toContain('Important');
    expect(buttons[2]).not.toContain('Non lu');
    expect(screen.getByRole('heading', { name: 'Actualités 2 non lues' })).toBeTruthy();
    // Each item says how long ago it was published, in the UI language, as every page does.
    expect(buttons[0]).toContain(formatRelative(Date.UTC(2026, 10, 27, 8), Date.now(), 'fr'));
  });

  it('opening an item asks the background to open it (which marks it read), where links would open', () => {
    const connector = renderPanel();
    fireEvent.click(screen.getByText('Forum des métiers'));
    fireEvent.click(screen.getByText('Forum des métiers'), { ctrlKey: true });
    fireEvent(screen.getByText('Forum des métiers'), new MouseEvent('auxclick', { bubbles: true, button: 1 }));
    fireEvent.click(screen.getByText('Forum des métiers'), { shiftKey: true });
    expect(connector.sent.map(({ data }) => data)).toEqual([
      { key: 'b', disposition: 'newTab' },
      { key: 'b', disposition: 'backgroundTab' },
      { key: 'b', disposition: 'backgroundTab' },
      { key: 'b', disposition: 'newWindow' },
    ]);
  });

  it('filters by feed, and "mark all read" applies to the shown feed', () => {
    const connector = renderPanel({}, 'en');
    const select = screen.getByLabelText('Feed') as HTMLSelectElement;
    fireEvent.change(select, { target: { value: 'evenements' } });
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'Mark all read' }));
    expect(connector.sent).toEqual([{ action: 'markAllRead', data: { feedId: 'evenements' } }]);
  });

  it('a post two feeds show is listed under each feed when filtering', () => {
    const shared = { key: 's', feedId: 'actualites', alsoIn: ['evenements'], title: 'Partagée', unread: true };
    renderPanel({ items: [...slice.items, shared] }, 'en');
    fireEvent.change(screen.getByLabelText('Feed'), { target: { value: 'evenements' } });
    expect(screen.getAllByRole('listitem').map((item) => item.querySelector('.news__item-title')?.textContent)).toEqual(
      ['Forum des métiers', 'Partagée'],
    );
  });

  it('says what to do when signed out, and keeps the cached news visible', () => {
    const connector = renderPanel({ status: 'signedOut', signInUrl: 'https://esn.example/' }, 'en');
    expect(screen.getByRole('status').textContent).toContain(en.newsStatusSignedOut.message);
    expect(screen.getByRole('link', { name: 'Sign in to the ESN' }).getAttribute('href')).toBe('https://esn.example/');
    expect(screen.getAllByRole('listitem')).toHaveLength(3);
    fireEvent.click(screen.getByRole('button', { name: 'Refresh' }));
    expect(connector.sent).toEqual([{ action: 'refreshNews', data: undefined }]);
  });

  it('shows an empty list plainly, and "mark all read" is disabled with nothing unread', () => {
    renderPanel({ items: [], unreadCount: 0, feeds: [] }, 'en');
    expect(screen.getByText('No news yet.')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Mark all read' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('paints the items in view first, then the rest of the fifty right after', async () => {
    const items = Array.from({ length: 50 }, (_, index) => ({
      key: `k${index}`,
      feedId: 'actualites',
      title: `Post ${index}`,
      unread: false,
    }));
    renderPanel({ items });
    expect(screen.getAllByRole('listitem')).toHaveLength(6);
    await vi.waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(50));
    expect(screen.getAllByRole('listitem')[49]?.textContent).toContain('Post 49');
  });
});
