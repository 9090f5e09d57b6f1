/** Synthetic tool catalogues for the launcher benchmarks: deterministic, bilingual, with keywords and categories. */
import type { Tool } from '../../utils/config/schema';
import { TOOLS } from '../demo-esn/content/tools';

const WORDS_FR = [
  'gestion',
  'portail',
  'suivi',
  'demande',
  'planning',
  'registre',
  'espace',
  'outil',
  'service',
  'base',
];
const WORDS_EN = [
  'management',
  'portal',
  'tracking',
  'request',
  'planning',
  'register',
  'space',
  'tool',
  'service',
  'base',
];
const TOPICS_FR = [
  'achats',
  'qualité',
  'sécurité',
  'formation',
  'contrats',
  'clients',
  'stocks',
  'projets',
  'énergie',
  'courrier',
];
const TOPICS_EN = [
  'purchasing',
  'quality',
  'safety',
  'training',
  'contracts',
  'customers',
  'stock',
  'projects',
  'energy',
  'mail',
];
const ICONS = [
  'car',
  'laptop',
  'clock',
  'calendar',
  'chart',
  'receipt',
  'users',
  'book',
  'lifebuoy',
  'door',
  'wallet',
  'bus',
];

/** The 12 demo tools, then generated ones up to `count`, spread over 20 categories. */
export function syntheticTools(count: number, origin = 'https://apps.example'): Tool[] {
  const demo: Tool[] = TOOLS.map((tool) => ({
    id: tool.id,
    label: tool.label,
    url: `${origin}/apps/${tool.id}`,
    category: tool.category,
    icon: tool.icon,
    keywords: tool.keywords,
  }));
  const generated = Array.from({ length: Math.max(0, count - demo.length) }, (_, index): Tool => {
    const word = index % WORDS_FR.length;
    const topic = Math.floor(index / WORDS_FR.length) % TOPICS_FR.length;
    return {
      id: `tool-${index}`,
      label: {
        fr: `${WORDS_FR[word]} ${TOPICS_FR[topic]} ${index}`,
        en: `${TOPICS_EN[topic]} ${WORDS_EN[word]} ${index}`,
      },
      url: `${origin}/apps/tool-${index}`,
      category: { fr: `Catégorie ${index % 20}`, en: `Category ${index % 20}` },
      icon: ICONS[index % ICONS.length],
      keywords: [TOPICS_FR[(topic + 1) % TOPICS_FR.length] ?? '', TOPICS_EN[(topic + 2) % TOPICS_EN.length] ?? ''],
    };
  });
  return [...demo, ...generated].slice(0, count);
}
