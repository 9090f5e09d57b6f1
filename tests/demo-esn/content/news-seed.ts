/**
 * The seed content of La Ruche's news feed (dates are hours before the moment the store is created); the events
 * feed's is in events-seed.ts.
 */
import type { Bilingual } from '../lang';
import type { NewsItem } from './news';

export type SeedItem = Omit<NewsItem, 'feedId' | 'published' | 'event'> & {
  hoursAgo: number;
  event?: { startsInHours: number; place: Bilingual };
};

export const COMMUNICATION = 'Direction de la communication';

export const NEWS_SEED: SeedItem[] = [
  {
    id: 'maintenance-messagerie',
    hoursAgo: 3,
    categories: ['Important', 'Informatique'],
    author: 'Direction des systèmes d’information',
    title: {
      fr: 'Important : interruption de la messagerie samedi de 8 h à 12 h',
      en: 'Important: e-mail outage on Saturday from 8 am to noon',
    },
    summary: {
      fr: 'La messagerie sera indisponible samedi matin pour une migration de serveurs. Aucune action n’est requise de votre part.',
      en: 'E-mail will be unavailable on Saturday morning for a server migration. No action is needed on your side.',
    },
    body: [
      {
        fr: 'Les messages envoyés pendant l’interruption seront remis dès le retour du service. Les astreintes joignables par téléphone restent inchangées.',
        en: 'Messages sent during the outage will be delivered as soon as the service is back. On-call staff remain reachable by phone.',
      },
    ],
  },
  {
    id: 'resultats-t3',
    hoursAgo: 20,
    categories: ['Vie du Groupe'],
    author: COMMUNICATION,
    title: {
      fr: 'Résultats du troisième trimestre : un chiffre d’affaires en hausse de 6 %',
      en: 'Third-quarter results: revenue up 6%',
    },
    summary: {
      fr: 'Porté par l’activité export, le Groupe Aubépine confirme ses objectifs annuels.',
      en: 'Driven by exports, Groupe Aubépine confirms its yearly targets.',
    },
    body: [
      {
        fr: 'La présidente remercie l’ensemble des équipes et donne rendez-vous à tous pour la réunion d’information du 12 décembre.',
        en: 'The chair thanks every team and invites everyone to the information meeting on 12 December.',
      },
    ],
  },
  {
    id: 'labo-nantes',
    hoursAgo: 30,
    categories: ['Innovation'],
    author: COMMUNICATION,
    title: {
      fr: 'R&D : le laboratoire de Nantes inaugure sa serre connectée',
      en: 'R&D: the Nantes laboratory opens its connected greenhouse',
    },
    summary: {
      fr: 'Capteurs, arrosage piloté et suivi en temps réel : visite guidée de la nouvelle serre expérimentale.',
      en: 'Sensors, controlled watering and real-time monitoring: a guided tour of the new experimental greenhouse.',
    },
    body: [
      {
        fr: 'Les visites sont ouvertes aux collaborateurs tous les jeudis après-midi, sur inscription auprès de l’équipe R&D.',
        en: 'Staff can visit every Thursday afternoon; book with the R&D team.',
      },
    ],
  },
  {
    id: 'semaine-cybersecurite',
    hoursAgo: 44,
    categories: ['Informatique'],
    author: 'Direction des systèmes d’information',
    cdataTitle: true,
    title: {
      fr: 'Cybersécurité : les 5 réflexes <indispensables> & le quiz de la semaine',
      en: 'Cybersecurity: the 5 <essential> habits & this week’s quiz',
    },
    summary: {
      fr: 'Verrouiller son poste, se méfier des pièces jointes, signaler un courriel suspect : testez-vous !',
      en: 'Lock your computer, beware of attachments, report suspicious e-mails: test yourself!',
    },
    body: [
      {
        fr: 'Le quiz est ouvert jusqu’à vendredi. Les trois meilleurs scores gagnent un déjeuner avec l’équipe sécurité.',
        en: 'The quiz is open until Friday. The three best scores win a lunch with the security team.',
      },
    ],
  },
  {
    id: 'covoiturage-parking-nord',
    hoursAgo: 52,
    categories: ['Mobilité'],
    author: 'Services généraux',
    title: {
      fr: 'Mobilité : 40 places réservées au covoiturage sur le parking Nord',
      en: 'Mobility: 40 spaces reserved for car-pooling in the North car park',
    },
    summary: {
      fr: 'Les équipages de deux personnes ou plus bénéficient désormais de places au plus près de l’entrée.',
      en: 'Crews of two or more people now get the spaces closest to the entrance.',
    },
    body: [
      {
        fr: 'Inscrivez votre trajet dans l’outil « Mobilité et covoiturage » pour obtenir le macaron d’accès.',
        en: 'Register your trip in the “Mobility and car-pooling” tool to get the access sticker.',
      },
    ],
  },
  {
    id: 'nouvelle-ruche',
    hoursAgo: 70,
    categories: ['Vie du Groupe'],
    author: COMMUNICATION,
    title: {
      fr: 'La Ruche fait peau neuve : découvrez la nouvelle page d’accueil',
      en: 'The Hive gets a makeover: discover the new home page',
    },
    summary: {
      fr: 'Actualités, outils et rubriques réorganisés : certaines pages ont changé d’adresse.',
      en: 'News, tools and sections have been reorganised: some pages have a new address.',
    },
    body: [
      {
        fr: 'Si un ancien favori ne fonctionne plus, l’extension Passerelle vous indique la nouvelle adresse de la rubrique.',
        en: 'If an old bookmark no longer works, the Passerelle extension shows you the section’s new address.',
      },
    ],
  },
  {
    id: 'entretiens-annuels',
    hoursAgo: 96,
    categories: ['RH'],
    author: 'Direction des ressources humaines',
    title: {
      fr: 'Entretiens annuels : la campagne s’ouvre le 1er décembre',
      en: 'Annual reviews: the campaign opens on 1 December',
    },
    summary: {
      fr: 'Les supports d’entretien sont disponibles dans l’outil de formation ; la campagne se clôt le 31 janvier.',
      en: 'The review forms are available in the training tool; the campaign closes on 31 January.',
    },
    body: [
      {
        fr: 'Des sessions d’accompagnement sont proposées aux managers chaque mardi de décembre.',
        en: 'Coaching sessions are offered to managers every Tuesday in December.',
      },
    ],
  },
  {
    id: 'restauration-menus',
    hoursAgo: 120,
    categories: ['Services'],
    author: 'Services généraux',
    title: {
      fr: 'Restauration : les menus de la cantine ont déménagé',
      en: 'Catering: the canteen menus have moved',
    },
    summary: {
      fr: 'Les menus de la semaine sont désormais dans Services › Restauration.',
      en: 'The weekly menus now live under Services › Catering.',
    },
    body: [
      {
        fr: 'L’ancienne page des ressources humaines n’est plus mise à jour. Pensez à mettre vos favoris à jour.',
        en: 'The old human-resources page is no longer updated. Remember to update your bookmarks.',
      },
    ],
  },
  {
    id: 'nouveaux-arrivants',
    hoursAgo: 150,
    categories: ['RH'],
    author: 'Direction des ressources humaines',
    title: {
      fr: 'Bienvenue aux 35 nouveaux arrivants de novembre',
      en: 'Welcome to November’s 35 newcomers',
    },
    summary: {
      fr: 'Ils ont rejoint nos sites de Paris, Lyon et Nantes : retrouvez leurs portraits.',
      en: 'They joined our Paris, Lyon and Nantes sites: meet them.',
    },
    body: [
      {
        fr: 'La prochaine journée d’intégration aura lieu le 9 décembre au siège.',
        en: 'The next welcome day takes place on 9 December at headquarters.',
      },
    ],
  },
  {
    // Older than the feed's window (FEED_WINDOW): served only when a newer post is deleted (deleteNews).
    id: 'archives-journal-interne',
    hoursAgo: 288,
    categories: ['Vie du Groupe'],
    author: COMMUNICATION,
    title: {
      fr: 'Le journal interne passe au numérique',
      en: 'The staff magazine goes digital',
    },
    summary: {
      fr: 'Le dernier numéro papier paraît ce mois-ci ; les suivants seront publiés sur La Ruche.',
      en: 'The last paper issue comes out this month; the next ones will be published on The Hive.',
    },
    body: [
      {
        fr: 'Les anciens numéros restent consultables à l’accueil du siège.',
        en: 'Past issues can still be read at the headquarters reception.',
      },
    ],
  },
];
