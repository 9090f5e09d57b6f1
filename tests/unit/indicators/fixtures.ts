import { type EffectiveConfig, EMPTY_CONFIG } from '@/utils/config/effective';

/** A configuration with indicators on, two feeds, two tools and one inline section. */
export function indicatorsConfig(overrides: Partial<EffectiveConfig> = {}): EffectiveConfig {
  return {
    ...EMPTY_CONFIG,
    esn: { homeUrl: 'https://esn.example/' },
    tools: [
      { id: 'conges', label: 'Congés', url: 'https://rh.example/conges' },
      { id: 'notes-de-frais', label: 'Notes de frais', url: 'https://finance.example/ndf' },
    ],
    feeds: [
      { id: 'actualites', label: 'Actualités', url: 'https://esn.example/feeds/actualites.rss' },
      { id: 'evenements', label: 'Événements', url: 'https://events.example/feed.atom' },
    ],
    sections: {
      entries: [{ id: 'restauration', title: 'Restauration', newUrl: 'https://esn.example/restauration' }],
    },
    features: { ...EMPTY_CONFIG.features, indicators: true },
    indicators: { endpoint: 'https://esn.example/indicateurs' },
    ...overrides,
  };
}
