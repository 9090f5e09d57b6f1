/**
 * The configuration document La Ruche publishes for Passerelle (`/passerelle/config.json`). It must validate
 * against `configDocumentSchema`; every address points at the demo ESN's own loopback origin.
 */
import type { ConfigDocument } from '../../../utils/config/schema';
import { TOOLS } from './tools';

export function buildConfigDocument(origin: string): ConfigDocument {
  return {
    esn: {
      name: { fr: 'La Ruche', en: 'The Hive' },
      homeUrl: `${origin}/`,
      logoUrl: `${origin}/logo.svg`,
      launchRoute: `${origin}/go/{toolId}`,
    },
    tools: TOOLS.map((tool) => ({
      id: tool.id,
      label: { ...tool.label },
      url: `${origin}/apps/${tool.id}`,
      category: { ...tool.category },
      icon: tool.icon,
      keywords: [...tool.keywords],
      ...(tool.mandatory && { mandatory: true }),
    })),
    feeds: [
      {
        id: 'actualites',
        label: { fr: 'Actualités', en: 'News' },
        url: `${origin}/feeds/actualites.rss`,
        important: { categories: ['Important'] },
      },
      {
        id: 'evenements',
        label: { fr: 'Événements', en: 'Events' },
        url: `${origin}/feeds/evenements.atom`,
      },
    ],
    sections: { url: `${origin}/passerelle/sections.json` },
    features: {
      launcher: true,
      news: true,
      notifications: false,
      sectionsSearch: true,
      relocationGuidance: true,
      omnibox: true,
      onboarding: true,
      indicators: false,
    },
    polling: { intervalMinutes: 15 },
    launcher: { personalLinks: true },
    links: {
      help: `${origin}/aide`,
      tutorials: `${origin}/aide/tutoriels`,
      hotlinePhone: '+33 1 23 45 67 89',
      hotlineEmail: 'hotline@aubepine.example',
      feedback: `${origin}/retours?q={query}&ctx={context}`,
      charterUrl: `${origin}/charte`,
      charterVersion: '2026-09',
    },
    indicators: { endpoint: `${origin}/indicateurs`, allowQueryText: false },
  };
}

/** Tool ids declared by a configuration document of unknown shape (for the launch route of an override). */
export function toolIdsOf(document: unknown): string[] {
  if (typeof document !== 'object' || document === null || !('tools' in document)) return [];
  const { tools } = document;
  if (!Array.isArray(tools)) return [];
  return tools.flatMap((tool: unknown) =>
    typeof tool === 'object' && tool !== null && 'id' in tool && typeof tool.id === 'string' ? [tool.id] : [],
  );
}
