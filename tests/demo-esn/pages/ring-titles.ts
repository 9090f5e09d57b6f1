/** Headings of the report's per-ring tables (the pilot group compared with everyone else). */
import type { Bilingual } from '../lang';

export const RING_TABLE_TITLES: Record<string, { heading: Bilingual; column: Bilingual }> = {
  devicesByRing: {
    heading: { fr: 'Appareils par groupe de déploiement', en: 'Devices per rollout ring' },
    column: { fr: 'Groupe', en: 'Ring' },
  },
  toolLaunchesByRing: {
    heading: { fr: 'Lancements par groupe et par outil', en: 'Launches per ring and tool' },
    column: { fr: 'Groupe › outil', en: 'Ring › tool' },
  },
  newsViewsByRing: {
    heading: { fr: 'Publications lues par groupe', en: 'Posts read per ring' },
    column: { fr: 'Groupe', en: 'Ring' },
  },
  emptySearchesByRing: {
    heading: { fr: 'Recherches sans résultat par groupe', en: 'Searches that found nothing per ring' },
    column: { fr: 'Groupe', en: 'Ring' },
  },
};
