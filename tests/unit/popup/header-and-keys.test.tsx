import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PageHeader } from '@/components/common/PageHeader';
import { PopupHeader } from '@/components/popup/PopupHeader';
import { useSectionKeys } from '@/components/popup/use-section-keys';

afterEach(cleanup);

function Sections() {
  useSectionKeys();
  return (
    <main>
      <input class="search-box" aria-label="Search" />
      <button type="button" class="news__open">
        First news
      </button>
      <details>
        <summary class="recently-moved__title">Moved</summary>
      </details>
    </main>
  );
}

describe('the popup header and its keys', () => {
  it('shows the ESN logo (decorative) beside its name', () => {
    render(<PopupHeader name="La Ruche" logoUrl="https://esn.example/logo.svg" />);
    const heading = screen.getByRole('heading', { level: 1 });
    expect(heading.textContent).toBe('La Ruche');
    expect(heading.querySelector('img')?.getAttribute('src')).toBe('https://esn.example/logo.svg');
    expect(heading.querySelector('img')?.getAttribute('alt')).toBe('');
  });

  it('links the pages’ header to the ESN home, and shows nothing when the ESN is unknown', () => {
    render(<PageHeader name="La Ruche" homeUrl="https://esn.example/" />);
    expect(screen.getByRole('link', { name: 'La Ruche' }).getAttribute('href')).toBe('https://esn.example/');
    cleanup();
    const { container } = render(<PageHeader name="" />);
    expect(container.innerHTML).toBe('');
  });

  it('moves the focus with Alt+1, Alt+2 and Alt+3 by physical key (AZERTY too), and leaves other keys alone', () => {
    render(<Sections />);
    fireEvent.keyDown(document, { key: '"', code: 'Digit3', altKey: true });
    expect(document.activeElement?.textContent).toBe('Moved');
    fireEvent.keyDown(document, { key: 'é', code: 'Digit2', altKey: true });
    expect(document.activeElement?.textContent).toBe('First news');
    fireEvent.keyDown(document, { key: '&', code: 'Digit1', altKey: true });
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Search');
    fireEvent.keyDown(document, { key: 'é', code: 'Digit2', altKey: true, ctrlKey: true });
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Search');
  });
});
