// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { escapeXml, omniboxDisposition, omniboxSuggestions, readEnteredInput } from '@/utils/omnibox/suggestions';

const describeText = (label: string, detail: string | undefined) => escapeXml(`${label} — ${detail ?? ''}`);

describe('omnibox suggestions', () => {
  it('prefixes each suggestion with its kind, with XML-escaped descriptions', () => {
    const found = [{ id: 'vehicle-booking', title: 'Réservation de véhicule', detail: 'Réservations' }];
    expect(omniboxSuggestions('tool', found, describeText)).toEqual([
      { content: 'tool:vehicle-booking', description: 'Réservation de véhicule — Réservations' },
    ]);
    expect(omniboxSuggestions('section', [{ id: 'canteen', title: 'A <b>' }], describeText)).toEqual([
      { content: 'section:canteen', description: 'A &#60;b&#62; — ' },
    ]);
    expect(escapeXml('<b>&"\'')).toBe('&#60;b&#62;&#38;&#34;&#39;');
  });

  it('reads an entered suggestion back, and anything else as typed text', () => {
    expect(readEnteredInput('tool:payslips')).toEqual({ kind: 'tool', id: 'payslips' });
    expect(readEnteredInput('section:canteen-menus')).toEqual({ kind: 'section', id: 'canteen-menus' });
    expect(readEnteredInput('section:')).toEqual({ kind: 'typed', text: 'section:' });
    expect(readEnteredInput('reservaton vehicule')).toEqual({ kind: 'typed', text: 'reservaton vehicule' });
  });

  it('maps the address bar dispositions', () => {
    expect(omniboxDisposition('currentTab')).toBe('currentTab');
    expect(omniboxDisposition('newForegroundTab')).toBe('newTab');
    expect(omniboxDisposition('newBackgroundTab')).toBe('backgroundTab');
  });
});
