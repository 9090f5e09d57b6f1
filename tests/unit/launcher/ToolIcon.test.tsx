import { cleanup, fireEvent, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { monogram } from '@/components/launcher/icons';
import { ToolIcon } from '@/components/launcher/ToolIcon';

// No globals in this project: unmount between tests ourselves.
afterEach(cleanup);

describe('ToolIcon', () => {
  it('draws a built-in icon', () => {
    const { container } = render(<ToolIcon icon="car" label="Vehicle booking" />);
    expect(container.querySelector('svg path')).toBeTruthy();
  });

  it('shows a configured https image at a fixed size, and the monogram when it fails', () => {
    const { container } = render(<ToolIcon icon="https://cdn.example/fleet.png" label="Vehicle booking" />);
    const image = container.querySelector('img');
    expect(image?.getAttribute('width')).toBe('24');
    expect(image?.getAttribute('height')).toBe('24');
    fireEvent.error(image as HTMLImageElement);
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toBe('VB');
  });

  it('never loads an image from a refused address', () => {
    const { container } = render(<ToolIcon icon="http://tracker.example/x.png" label="Payslips" />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toBe('P');
  });

  it('makes monograms from the meaningful words', () => {
    expect(monogram('Réservation de véhicule')).toBe('RV');
    expect(monogram('Demande d’absence')).toBe('DA');
    expect(monogram('IT helpdesk')).toBe('IH');
  });
});
