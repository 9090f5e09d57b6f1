/**
 * The relocated-sections index: intranet sections that moved when La Ruche was reorganised. Old and new
 * addresses starting with "/" are on the demo ESN itself; one entry's old address is on a host that does not
 * resolve (the former intranet, `.invalid`).
 */
import type { SectionEntry } from '../../../utils/config/schema';
import type { Bilingual } from '../lang';

export interface DemoSection {
  id: string;
  title: Bilingual;
  aliases: string[];
  keywords: string[];
  /** Exact old addresses ("/…" = on the demo ESN). */
  oldUrls: string[];
  /** Old address prefixes ("/…" = on the demo ESN). */
  oldUrlPrefixes: string[];
  /** Path of the new page on the demo ESN. */
  newPath: string;
  breadcrumb: Bilingual;
  movedOn: string;
  note: Bilingual;
  /** Text of the new page. */
  content: Bilingual;
}

export const FORMER_INTRANET = 'https://intranet-ancien.aubepine.invalid';

export const SECTIONS: readonly DemoSection[] = [
  {
    id: 'canteen-menus',
    title: { fr: 'Menus de la cantine', en: 'Canteen menus' },
    aliases: ['cantine', 'self', 'restaurant d’entreprise', 'RIE', 'menu du jour', 'canteen', 'cafeteria'],
    keywords: ['déjeuner', 'repas', 'menu', 'lunch', 'meal'],
    oldUrls: ['/rh/cantine/menus.aspx'],
    oldUrlPrefixes: ['/rh/cantine/'],
    newPath: '/services/restauration/menus',
    breadcrumb: { fr: 'Services › Restauration', en: 'Services › Catering' },
    movedOn: '2026-09-15',
    note: {
      fr: 'Les menus sont publiés chaque vendredi pour la semaine suivante.',
      en: 'Menus are published every Friday for the following week.',
    },
    content: {
      fr: 'Cette semaine : lundi blanquette de veau, mardi dos de cabillaud, mercredi lasagnes végétariennes, jeudi poulet basquaise, vendredi poisson du marché.',
      en: 'This week: Monday veal blanquette, Tuesday cod loin, Wednesday vegetarian lasagne, Thursday Basque chicken, Friday fish of the day.',
    },
  },
  {
    id: 'document-archive',
    title: { fr: 'Archives documentaires', en: 'Document archive' },
    aliases: ['GED', 'documents', 'ancien intranet', 'archives', 'old intranet'],
    keywords: ['procédure', 'modèle', 'formulaire', 'template', 'form'],
    oldUrls: [],
    oldUrlPrefixes: [`${FORMER_INTRANET}/documents/`],
    newPath: '/ressources/documents',
    breadcrumb: { fr: 'Ressources › Documents', en: 'Resources › Documents' },
    movedOn: '2026-06-30',
    note: {
      fr: 'L’ancien intranet a été arrêté ; ses documents ont été repris dans La Ruche.',
      en: 'The former intranet has been shut down; its documents were moved into The Hive.',
    },
    content: {
      fr: 'Tous les documents de l’ancien intranet, classés par direction.',
      en: 'All the documents of the former intranet, filed by department.',
    },
  },
  {
    id: 'org-chart',
    title: { fr: 'Organigramme du Groupe', en: 'Group organisation chart' },
    aliases: ['organigramme', 'organisation', 'org chart', 'structure'],
    keywords: ['direction', 'comité exécutif', 'management', 'executive committee'],
    oldUrls: ['/direction/organigramme.aspx'],
    oldUrlPrefixes: [],
    newPath: '/groupe/organisation/organigramme',
    breadcrumb: { fr: 'Le Groupe › Organisation', en: 'The Group › Organisation' },
    movedOn: '2026-09-15',
    note: { fr: 'Mis à jour chaque trimestre.', en: 'Updated every quarter.' },
    content: {
      fr: 'L’organigramme des directions et des sites du Groupe Aubépine.',
      en: 'The organisation chart of Groupe Aubépine’s departments and sites.',
    },
  },
  {
    id: 'internal-jobs',
    title: { fr: 'Offres d’emploi internes', en: 'Internal job offers' },
    aliases: ['mobilité interne', 'bourse à l’emploi', 'postes ouverts', 'internal mobility', 'jobs'],
    keywords: ['emploi', 'poste', 'candidature', 'job', 'vacancy', 'career'],
    oldUrls: ['/rh/mobilite-interne/offres.aspx'],
    oldUrlPrefixes: ['/rh/mobilite-interne/'],
    newPath: '/carriere/offres-internes',
    breadcrumb: { fr: 'Carrière › Mobilité interne', en: 'Career › Internal mobility' },
    movedOn: '2026-09-15',
    note: {
      fr: 'Les offres sont réservées aux collaborateurs pendant quinze jours.',
      en: 'Offers are open to staff only for two weeks.',
    },
    content: {
      fr: 'Les postes ouverts dans le Groupe, avant leur publication à l’extérieur.',
      en: 'Open positions in the Group, before they are advertised outside.',
    },
  },
  {
    id: 'works-council',
    title: { fr: 'CSE — Comité social et économique', en: 'Works council (CSE)' },
    aliases: ['CE', 'comité d’entreprise', 'CSE', 'billetterie', 'works council'],
    keywords: ['chèques vacances', 'réductions', 'loisirs', 'discounts', 'leisure'],
    oldUrls: [],
    oldUrlPrefixes: ['/cse/'],
    newPath: '/vie-pratique/cse',
    breadcrumb: { fr: 'Vie pratique › CSE', en: 'Everyday life › Works council' },
    movedOn: '2026-10-01',
    note: {
      fr: 'La billetterie en ligne est accessible depuis cette page.',
      en: 'The online ticket office is reached from this page.',
    },
    content: {
      fr: 'Activités sociales et culturelles, billetterie et permanences du CSE.',
      en: 'Social and cultural activities, ticket office and works-council office hours.',
    },
  },
  {
    id: 'shuttle-timetables',
    title: { fr: 'Horaires des navettes', en: 'Shuttle timetables' },
    aliases: ['navette', 'bus', 'shuttle', 'transport entre sites'],
    keywords: ['horaires', 'gare', 'timetable', 'station'],
    oldUrls: ['/services-generaux/navettes.aspx'],
    oldUrlPrefixes: [],
    newPath: '/services/mobilite/navettes',
    breadcrumb: { fr: 'Services › Mobilité', en: 'Services › Mobility' },
    movedOn: '2026-09-15',
    note: {
      fr: 'Horaires d’hiver en vigueur depuis le 2 novembre.',
      en: 'Winter timetable in force since 2 November.',
    },
    content: {
      fr: 'Navettes gare ↔ site toutes les 20 minutes de 7 h à 9 h 30 et de 16 h 30 à 19 h.',
      en: 'Station ↔ site shuttles every 20 minutes from 7 to 9:30 am and from 4:30 to 7 pm.',
    },
  },
  {
    id: 'it-charter',
    title: { fr: 'Charte informatique', en: 'IT usage policy' },
    aliases: ['charte', 'règles informatiques', 'IT policy', 'acceptable use'],
    keywords: ['sécurité', 'mot de passe', 'messagerie', 'security', 'password'],
    oldUrls: ['/dsi/charte-informatique.pdf'],
    oldUrlPrefixes: [],
    newPath: '/informatique/regles/charte',
    breadcrumb: { fr: 'Informatique › Règles', en: 'IT › Rules' },
    movedOn: '2026-05-12',
    note: { fr: 'Version en vigueur : mai 2026.', en: 'Current version: May 2026.' },
    content: {
      fr: 'Les règles d’usage des moyens informatiques du Groupe.',
      en: 'The rules for using the Group’s IT resources.',
    },
  },
  {
    id: 'brand-kit',
    title: { fr: 'Kit de communication', en: 'Brand kit' },
    aliases: ['logos', 'charte graphique', 'modèles PowerPoint', 'brand guidelines', 'templates'],
    keywords: ['logo', 'présentation', 'signature', 'presentation', 'e-mail signature'],
    oldUrls: [],
    oldUrlPrefixes: ['/communication/kit/'],
    newPath: '/ressources/marque',
    breadcrumb: { fr: 'Ressources › Marque', en: 'Resources › Brand' },
    movedOn: '2026-09-15',
    note: {
      fr: 'Les anciens modèles 2024 ne doivent plus être utilisés.',
      en: 'The old 2024 templates must no longer be used.',
    },
    content: {
      fr: 'Logos, modèles de présentation et signatures de courriel du Groupe.',
      en: 'Group logos, presentation templates and e-mail signatures.',
    },
  },
  {
    id: 'health-safety',
    title: { fr: 'Santé et sécurité au travail', en: 'Health and safety at work' },
    aliases: ['QHSE', 'sécurité', 'prévention', 'HSE', 'safety'],
    keywords: ['accident', 'incendie', 'évacuation', 'secouriste', 'fire', 'first aid'],
    oldUrls: ['/qhse/securite.aspx'],
    oldUrlPrefixes: [],
    newPath: '/services/qhse/sante-securite',
    breadcrumb: { fr: 'Services › QHSE', en: 'Services › QHSE' },
    movedOn: '2026-09-15',
    note: {
      fr: 'En cas d’urgence, composez le 18 puis prévenez l’accueil.',
      en: 'In an emergency, dial 18 and then tell the reception desk.',
    },
    content: {
      fr: 'Consignes de sécurité, sauveteurs secouristes du travail et déclaration d’accident.',
      en: 'Safety instructions, first-aiders and accident reporting.',
    },
  },
  {
    id: 'travel-policy',
    title: { fr: 'Politique voyages', en: 'Travel policy' },
    aliases: ['déplacements', 'voyages d’affaires', 'agence de voyage', 'business travel'],
    keywords: ['train', 'avion', 'hôtel', 'plane', 'hotel'],
    oldUrls: ['/achats/voyages/politique.aspx'],
    oldUrlPrefixes: [],
    newPath: '/finances/deplacements/politique',
    breadcrumb: { fr: 'Finances › Déplacements', en: 'Finance › Travel' },
    movedOn: '2026-07-01',
    note: {
      fr: 'Le train est la règle pour les trajets de moins de quatre heures.',
      en: 'Rail is the rule for journeys under four hours.',
    },
    content: {
      fr: 'Règles de réservation, plafonds d’hôtel et remboursement des frais de déplacement.',
      en: 'Booking rules, hotel caps and refund of travel expenses.',
    },
  },
  {
    id: 'health-insurance',
    title: { fr: 'Mutuelle et prévoyance', en: 'Health insurance and benefits' },
    aliases: ['mutuelle', 'complémentaire santé', 'prévoyance', 'health insurance'],
    keywords: ['remboursement', 'carte de tiers payant', 'benefits', 'insurance card'],
    oldUrls: ['/rh/avantages/mutuelle.aspx'],
    oldUrlPrefixes: [],
    newPath: '/vie-pratique/avantages/mutuelle',
    breadcrumb: { fr: 'Vie pratique › Avantages', en: 'Everyday life › Benefits' },
    movedOn: '2026-09-15',
    note: {
      fr: 'Nouvel organisme à compter du 1er janvier 2027.',
      en: 'New provider from 1 January 2027.',
    },
    content: {
      fr: 'Garanties, cotisations et contacts de la mutuelle d’entreprise.',
      en: 'Cover, contributions and contacts of the company health insurance.',
    },
  },
  {
    id: 'welcome-booklet',
    title: { fr: 'Livret d’accueil', en: 'Welcome booklet' },
    aliases: ['intégration', 'nouvel arrivant', 'onboarding', 'newcomer'],
    keywords: ['arrivée', 'premier jour', 'first day'],
    oldUrls: ['/rh/integration/livret-accueil.pdf'],
    oldUrlPrefixes: [],
    newPath: '/carriere/integration/livret-accueil',
    breadcrumb: { fr: 'Carrière › Intégration', en: 'Career › Onboarding' },
    movedOn: '2026-09-15',
    note: {
      fr: 'Remis à chaque nouvel arrivant lors de la journée d’intégration.',
      en: 'Given to every newcomer on the welcome day.',
    },
    content: {
      fr: 'Tout ce qu’il faut savoir pour bien démarrer au sein du Groupe Aubépine.',
      en: 'Everything you need to know to get off to a good start at Groupe Aubépine.',
    },
  },
  {
    id: 'parking-badges',
    title: { fr: 'Parkings et badges d’accès', en: 'Parking and access badges' },
    aliases: ['parking', 'badge', 'stationnement', 'access card'],
    keywords: ['place', 'macaron', 'vélo', 'borne de recharge', 'bike', 'charging point'],
    oldUrls: ['/services-generaux/parking.aspx'],
    oldUrlPrefixes: [],
    newPath: '/services/mobilite/parkings',
    breadcrumb: { fr: 'Services › Mobilité', en: 'Services › Mobility' },
    movedOn: '2026-09-15',
    note: {
      fr: 'Badge perdu : prévenez l’accueil pour le désactiver.',
      en: 'Lost badge: tell the reception desk so it can be disabled.',
    },
    content: {
      fr: 'Demande de badge, places de parking, bornes de recharge et abris à vélos.',
      en: 'Badge requests, parking spaces, charging points and bike shelters.',
    },
  },
  {
    id: 'quality-procedures',
    title: { fr: 'Procédures qualité', en: 'Quality procedures' },
    aliases: ['qualité', 'ISO 9001', 'processus', 'quality'],
    keywords: ['audit', 'non-conformité', 'certification', 'non-conformity'],
    oldUrls: [],
    oldUrlPrefixes: ['/qualite/procedures/'],
    newPath: '/groupe/qualite/procedures',
    breadcrumb: { fr: 'Le Groupe › Qualité', en: 'The Group › Quality' },
    movedOn: '2026-08-25',
    note: {
      fr: 'Les procédures sont validées par la direction qualité.',
      en: 'Procedures are approved by the quality department.',
    },
    content: {
      fr: 'Le système de management de la qualité et les procédures certifiées.',
      en: 'The quality management system and the certified procedures.',
    },
  },
  {
    id: 'internal-memos',
    title: { fr: 'Notes de service', en: 'Internal memos' },
    aliases: ['notes internes', 'circulaires', 'memo', 'memos'],
    keywords: ['direction générale', 'décision', 'announcement', 'decision'],
    oldUrls: [],
    oldUrlPrefixes: ['/direction/notes-de-service/'],
    newPath: '/groupe/notes-de-service',
    breadcrumb: { fr: 'Le Groupe › Notes de service', en: 'The Group › Internal memos' },
    movedOn: '2026-09-15',
    note: {
      fr: 'Classées par année, de la plus récente à la plus ancienne.',
      en: 'Filed by year, newest first.',
    },
    content: {
      fr: 'Les notes de service de la direction générale.',
      en: 'Memos from general management.',
    },
  },
];

/** "/…" → an address on the demo ESN; anything else is already absolute. */
export function absolute(origin: string, pathOrUrl: string): string {
  return pathOrUrl.startsWith('/') ? `${origin}${pathOrUrl}` : pathOrUrl;
}

/** The index entries in the shape of `sectionEntrySchema`. */
export function sectionEntries(origin: string): SectionEntry[] {
  return SECTIONS.map((section) => ({
    id: section.id,
    title: { ...section.title },
    aliases: [...section.aliases],
    keywords: [...section.keywords],
    ...(section.oldUrls.length > 0 && { oldUrls: section.oldUrls.map((url) => absolute(origin, url)) }),
    ...(section.oldUrlPrefixes.length > 0 && {
      oldUrlPrefixes: section.oldUrlPrefixes.map((url) => absolute(origin, url)),
    }),
    newUrl: absolute(origin, section.newPath),
    breadcrumb: { ...section.breadcrumb },
    movedOn: section.movedOn,
    note: { ...section.note },
  }));
}

export function findSectionByNewPath(path: string): DemoSection | undefined {
  return SECTIONS.find((section) => section.newPath === path);
}

/** The section an old address of the demo ESN belonged to (exact address first, then prefixes). */
export function findSectionByOldPath(path: string): DemoSection | undefined {
  return (
    SECTIONS.find((section) => section.oldUrls.includes(path)) ??
    SECTIONS.find((section) =>
      section.oldUrlPrefixes.some((prefix) => prefix.startsWith('/') && path.startsWith(prefix)),
    )
  );
}
