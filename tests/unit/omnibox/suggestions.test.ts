// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  escapeXml,
  omniboxDisposition,
  omniboxSuggestions,
  toolForOmniboxInput,
} from '@/utils/launcher/omnibox-suggest';
import { demoTools } from './fixtures';

const describeText = (label: string, detail: string | undefined) => escapeXml(`${label} — ${detail ?? ''}`);

describe('omnibox suggestions', () => {
  it('suggests the best tools first, with XML-escaped descriptions', () => {
    const [first] = omniboxSuggestions(demoTools, 'vehicule', 'fr', describeText);
    expect(first).toEqual({ content: 'tool:vehicle-booking', description: 'Réservation de véhicule — Réservations' });
    expect(escapeXml('<b>&')).toBe('&#60;b&#62;&#38;');
  });

  it('resolves a chosen suggestion or the best match of typed text', () => {
    expect(toolForOmniboxInput(demoTools, 'tool:payslips', 'fr')).toBe('payslips');
    expect(toolForOmniboxInput(demoTools, 'tool:unknown', 'fr')).toBeNull();
    expect(toolForOmniboxInput(demoTools, 'reservaton vehicule', 'fr')).toBe('vehicle-booking');
    expect(toolForOmniboxInput(demoTools, 'zzzqqq', 'fr')).toBeNull();
  });

  it('maps the address bar dispositions', () => {
    expect(omniboxDisposition('currentTab')).toBe('currentTab');
    expect(omniboxDisposition('newForegroundTab')).toBe('newTab');
    expect(omniboxDisposition('newBackgroundTab')).toBe('backgroundTab');
  });
});
