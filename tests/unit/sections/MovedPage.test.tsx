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

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('MovedPage', () => {
  it('says where the section went, links to it and continues there after the delay', () => {
    const navigate = vi.fn();
    renderIn(
      'fr',
      <MovedPage entry={canteen} from={FROM} delaySeconds={3} navigate={navigate} updateBookmarks={vi.fn()} />,
    );
    expect(screen.getByRole('heading').textContent).toBe(
      '«\u00a0Menus de la cantine\u00a0» a déménagé\u00a0: Services › Restauration',
    );
    expect(screen.getByTestId('moved-link').getAttribute('href')).toBe(canteen.newUrl);
    expect(screen.getByText('Publiés le vendredi.')).toBeTruthy();
    expect(screen.getByTestId('moved-countdown').textContent).toBe('Ouverture de la nouvelle page dans 3 s…');
    expect(document.activeElement).toBe(screen.getByTestId('moved-cancel'));
    // One second at a time: each tick renders the next count.
    for (const second of [2, 1]) {
      act(() => {
        vi.advanceTimersByTime(1000);
      });
      expect(screen.getByTestId('moved-countdown').textContent).toBe(`Ouverture de la nouvelle page dans ${second} s…`);
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
      <MovedPage entry={canteen} from={FROM} delaySeconds={0} navigate={navigate} updateBookmarks={vi.fn()} />,
    );
    expect(navigate).toHaveBeenCalledWith(canteen.newUrl);
  });

  it('stays when the user cancels (keyboard: the cancel button has the focus)', () => {
    const navigate = vi.fn();
    renderIn(
      'en',
      <MovedPage entry={canteen} from={FROM} delaySeconds={2} navigate={navigate} updateBookmarks={vi.fn()} />,
    );
    expect(screen.getByRole('heading').textContent).toBe('“Canteen menus” moved to Services › Catering');
    fireEvent.click(screen.getByTestId('moved-cancel'));
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
      <MovedPage entry={canteen} from={FROM} delaySeconds={30} navigate={vi.fn()} updateBookmarks={updateBookmarks} />,
    );
    await act(async () => {
      fireEvent.click(screen.getByText('Update my bookmarks to the new address'));
    });
    expect(updateBookmarks).toHaveBeenCalledWith(canteen);
    expect(screen.getByText('Bookmarks updated: 2.')).toBeTruthy();
  });

  it('says so when the section is no longer in the index, and goes nowhere', () => {
    const navigate = vi.fn();
    renderIn(
      'en',
      <MovedPage entry={null} from={FROM} delaySeconds={0} navigate={navigate} updateBookmarks={vi.fn()} />,
    );
    expect(screen.getByText('This address has moved, but its section is no longer in the index.')).toBeTruthy();
    expect(navigate).not.toHaveBeenCalled();
  });
});
