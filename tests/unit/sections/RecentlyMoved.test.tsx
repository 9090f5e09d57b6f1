import { fireEvent, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { RecentlyMoved } from '@/components/sections/RecentlyMoved';
import { renderIn } from './render';

describe('RecentlyMoved', () => {
  it('lists the latest moves with their new place and date, and opens one on click', () => {
    const onOpen = vi.fn();
    renderIn(
      'fr',
      <RecentlyMoved
        recent={[
          {
            id: 'works-council',
            title: { fr: 'CSE', en: 'Works council' },
            breadcrumb: { fr: 'Vie pratique › CSE', en: 'Everyday life › Works council' },
            newUrl: 'https://esn.example/cse',
            movedOn: '2026-10-01',
          },
        ]}
        onOpen={onOpen}
      />,
    );
    // Folded to one line with its count (a disclosure), so it never pushes the news below the popup's fold.
    expect(document.querySelector('summary')?.textContent).toBe('Rubriques déplacées récemment 1');
    expect(screen.getByText('Vie pratique › CSE · déplacée le 1 oct. 2026')).toBeTruthy();
    fireEvent.click(screen.getByRole('link', { name: 'Ouvrir CSE à sa nouvelle adresse' }));
    expect(onOpen).toHaveBeenCalledWith('works-council');
  });

  it('shows nothing when nothing moved', () => {
    const { container } = renderIn('en', <RecentlyMoved recent={[]} onOpen={vi.fn()} />);
    expect(container.textContent).toBe('');
  });
});
