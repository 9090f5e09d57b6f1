// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Tool } from '@/utils/config/schema';
import { createToolSource } from '@/utils/launcher/tool-source';
import { TOOLS } from '../../demo-esn/content/tools';

const tools: Tool[] = TOOLS.map((tool) => ({
  id: tool.id,
  label: tool.label,
  url: `https://apps.example/${tool.id}`,
  category: tool.category,
  icon: tool.icon,
  keywords: tool.keywords,
}));

describe('tool search source', () => {
  const fr = createToolSource(tools, 'fr');

  it.each(['vehicule', 'véhicule', 'VEHICULE', 'réservation véhicule', 'vehicle booking', 'reservaton', 'vehic'])(
    '"%s" finds "Réservation de véhicule" first',
    (query) => {
      expect(fr.search(query, 10)[0]?.id).toBe('vehicle-booking');
    },
  );

  it('titles results in the user language, with the category as detail', () => {
    const [first] = createToolSource(tools, 'en').search('vehicule', 5);
    expect(first).toMatchObject({ kind: 'tool', title: 'Vehicle booking', detail: 'Bookings' });
  });

  it('reports the title words that matched, for highlighting', () => {
    const [first] = fr.search('reservaton vehic', 5);
    expect(first?.matchedTerms.sort()).toEqual(['reservation', 'vehicule']);
  });

  it('finds by keyword and category', () => {
    expect(fr.search('congés', 5)[0]?.id).toBe('absence-request');
    expect(fr.search('finances', 5).map((result) => result.id)).toEqual(
      expect.arrayContaining(['expense-claims', 'payslips']),
    );
  });

  it('ranks a label match above a keyword-only match', () => {
    const ids = fr.search('formation', 5).map((result) => result.id);
    expect(ids[0]).toBe('training');
  });

  it('returns nothing for nonsense and respects the limit', () => {
    expect(fr.search('zzzzqqq', 5)).toEqual([]);
    expect(fr.search('r', 2).length).toBeLessThanOrEqual(2);
  });
});
