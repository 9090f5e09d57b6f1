import { act, fireEvent, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MovedPage } from '@/components/sections/MovedPage';
import type { SectionEntry } from '@/utils/config/schema';
import { renderIn } from './render';

const canteen: SectionEntry = {
  id: 'canteen-menus',
  title: { fr: 'Menus de la cantine', en: 'Canteen menus' },
  oldUrls: ['https://old.example/rh/cantine/menus.aspx'],
  newUrl: 'https://esn.example/services/restauration/menus',
  breadcrumb: { fr: 'Services › Restauration', en: 'Services › Catering' },
  note: { fr: 'Publiés le vendredi.', en: 'Published on Fridays.' },
};
const FROM = 'https://old.example/rh/cantine/menus.aspx';
/** What an unknown section's page offers: the ESN, its links, the sections search. */
const ESN = {
  esnName: 'La Ruche',
  esnHomeUrl: 'https://esn.example/',
  links: { hotlinePhone: '+33 1 23 45 67 89', feedback: 'https://esn.example/retours?q={query}' },
  hotline: { diagnostics: '', subject: 'Passerelle', allowedInsecureOrigins: [] },
  find: vi.fn(async () => []),
  open: vi.fn(),
};

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('MovedPage', () => {
  it('says where the section went, links to it and continues there after the delay', () => {
    const navigate = vi.fn();
    renderIn(
      'fr',
      <MovedPage entry={canteen} from={FROM} delaySeconds={3} navigate={navigate} updateBookmarks={vi.fn()} {...ESN} />,
    );
    expect(screen.getByRole('heading').textContent).toBe(
      '«\u00a0Menus de la cantine\u00a0» a déménagé\u00a0: Services › Restauration',
    );
    expect(screen.getByTestId('moved-link').getAttribute('href')).toBe(canteen.newUrl);
    expect(screen.getByText('Publiés le vendredi.')).toBeTruthy();
    expect(screen.getByTestId('moved-countdown').textContent).toBe(
      'Ouverture de la nouvelle page dans 3 s… Échap l’arrête.',
    );
    // The new place is the primary action and has the focus: Enter goes there.
    expect(document.activeElement).toBe(screen.getByTestId('moved-link'));
    // One second at a time: each tick renders the next count.
    for (const second of [2, 1]) {
      act(() => {
        vi.advanceTimersByTime(1000);
      });
      expect(screen.getByTestId('moved-countdown').textContent).toBe(
        `Ouverture de la nouvelle page dans ${second} s… Échap l’arrête.`,
      );
    }
    expect(navigate).not.toHaveBeenCalled();
    act(() => {
      vi.advanceTimersByTime(1000);
    });
    expect(navigate).toHaveBeenCalledWith(canteen.newUrl);
  });

  it('continues at once with a delay of 0', () => {
    const navigate = vi.fn();
    renderIn(
      'en',
      <MovedPage entry={canteen} from={FROM} delaySeconds={0} navigate={navigate} updateBookmarks={vi.fn()} {...ESN} />,
    );
    expect(navigate).toHaveBeenCalledWith(canteen.newUrl);
  });

  it('stays when the user stops the countdown, by the button or by Escape', () => {
    const navigate = vi.fn();
    renderIn(
      'en',
      <MovedPage entry={canteen} from={FROM} delaySeconds={2} navigate={navigate} updateBookmarks={vi.fn()} {...ESN} />,
    );
    expect(screen.getByRole('heading').textContent).toBe('“Canteen menus” moved to Services › Catering');
    fireEvent.keyDown(document.activeElement as HTMLElement, { key: 'Escape' });
    expect(screen.queryByTestId('moved-cancel')).toBeNull();
    for (let second = 0; second < 5; second += 1)
      act(() => {
        vi.advanceTimersByTime(1000);
      });
    expect(navigate).not.toHaveBeenCalled();
    expect(screen.getByTestId('moved-countdown').textContent).toBe('Automatic opening cancelled.');
  });

  it('updates the bookmarks on request and says how many', async () => {
    const updateBookmarks = vi.fn(async () => ({ kind: 'updated' as const, count: 2 }));
    renderIn(
      'en',
      <MovedPage
        entry={canteen}
        from={FROM}
        delaySeconds={30}
        navigate={vi.fn()}
        updateBookmarks={updateBookmarks}
        {...ESN}
      />,
    );
    await act(async () => {
      fireEvent.click(screen.getByText('Update my bookmarks to the new address'));
    });
    expect(updateBookmarks).toHaveBeenCalledWith(canteen);
    expect(screen.getByText('Bookmarks updated: 2.')).toBeTruthy();
  });

  it('says so when the section is no longer in the index, goes nowhere, and leads somewhere', async () => {
    vi.useRealTimers();
    const navigate = vi.fn();
    const find = vi.fn(async (query: string) =>
      query.includes('restauration')
        ? [{ display: { id: 'canteen-menus', title: canteen.title }, score: 1, terms: [] }]
        : [],
    );
    const open = vi.fn();
    renderIn(
      'fr',
      <MovedPage
        entry={null}
        from={FROM}
        delaySeconds={0}
        navigate={navigate}
        updateBookmarks={vi.fn()}
        {...ESN}
        find={find}
        open={open}
      />,
    );
    expect(screen.getByText('Cette adresse a changé, mais sa rubrique n’est plus dans l’index.')).toBeTruthy();
    expect(navigate).not.toHaveBeenCalled();
    // The search is pre-filled with the old address's words and run at once; nothing found: the help.
    const box = screen.getByRole('searchbox', { name: 'Rechercher une rubrique' }) as HTMLInputElement;
    expect(box.value).toBe('rh cantine menus');
    expect(find).toHaveBeenCalledWith('rh cantine menus');
    expect(await screen.findByTestId('sections-no-results')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Aller à l’accueil de La Ruche' }).getAttribute('href')).toBe(
      'https://esn.example/',
    );
    expect(screen.getByRole('link', { name: 'Appeler le +33 1 23 45 67 89' }).getAttribute('href')).toBe(
      'tel:+33123456789',
    );
    // Another search finds the section, which opens at its new address.
    fireEvent.input(box, { target: { value: 'restauration' } });
    fireEvent.submit(box.closest('form') as HTMLFormElement);
    fireEvent.click(await screen.findByRole('button', { name: 'Menus de la cantine' }));
    expect(open).toHaveBeenCalledWith('canteen-menus');
  });
});
