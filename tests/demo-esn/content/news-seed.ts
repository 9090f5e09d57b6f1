/** The seed content of La Ruche's two feeds (dates are hours before the moment the store is created). */
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

export const EVENTS_SEED: SeedItem[] = [
  {
    id: 'webinaire-passerelle',
    hoursAgo: 5,
    categories: ['Formation'],
    author: 'Équipe Passerelle',
    title: { fr: 'Webinaire : bien démarrer avec Passerelle', en: 'Webinar: getting started with Passerelle' },
    summary: {
      fr: 'Trente minutes pour découvrir le lanceur d’outils, les actualités et la recherche de rubriques.',
      en: 'Thirty minutes to discover the tool launcher, the news and the sections search.',
    },
    body: [{ fr: 'Questions bienvenues en fin de séance.', en: 'Questions welcome at the end.' }],
    event: { startsInHours: 50, place: { fr: 'En ligne', en: 'Online' } },
  },
  {
    id: 'afterwork-fin-annee',
    hoursAgo: 26,
    categories: ['Vie du Groupe'],
    author: 'Comité social et économique',
    title: { fr: 'Afterwork de fin d’année au siège', en: 'End-of-year afterwork at headquarters' },
    summary: {
      fr: 'Buffet, musique et remise des trophées de l’innovation à partir de 18 h.',
      en: 'Buffet, music and the innovation awards from 6 pm.',
    },
    body: [
      {
        fr: 'Inscription auprès du CSE avant le 10 décembre.',
        en: 'Sign up with the works council before 10 December.',
      },
    ],
    event: { startsInHours: 400, place: { fr: 'Siège, Paris — atrium', en: 'Headquarters, Paris — atrium' } },
  },
  {
    id: 'don-du-sang-lyon',
    hoursAgo: 48,
    categories: ['Solidarité'],
    author: 'Site de Lyon',
    title: { fr: 'Collecte de sang sur le site de Lyon', en: 'Blood drive at the Lyon site' },
    summary: {
      fr: 'L’Établissement français du sang installe son camion sur le parking visiteurs.',
      en: 'The French blood service parks its bus in the visitors’ car park.',
    },
    body: [{ fr: 'Prévoir une pièce d’identité. Collation offerte.', en: 'Bring an ID. Snack provided.' }],
    event: { startsInHours: 120, place: { fr: 'Lyon, parking visiteurs', en: 'Lyon, visitors’ car park' } },
  },
  {
    id: 'conference-ia',
    hoursAgo: 75,
    categories: ['Innovation'],
    author: COMMUNICATION,
    title: {
      fr: 'Conférence interne : l’IA au service des métiers',
      en: 'Internal talk: AI in support of our business lines',
    },
    summary: {
      fr: 'Retours d’expérience des équipes achats, qualité et service client.',
      en: 'Lessons learnt by the purchasing, quality and customer-service teams.',
    },
    body: [{ fr: 'Diffusion en direct sur La Ruche.', en: 'Streamed live on The Hive.' }],
    event: { startsInHours: 170, place: { fr: 'Nantes, amphithéâtre', en: 'Nantes, lecture hall' } },
  },
  {
    id: 'tournoi-petanque',
    hoursAgo: 100,
    categories: ['Sport'],
    author: 'Association sportive',
    title: { fr: 'Tournoi de pétanque inter-sites', en: 'Inter-site pétanque tournament' },
    summary: {
      fr: 'Formez votre triplette et défendez les couleurs de votre site !',
      en: 'Form your team of three and defend your site’s colours!',
    },
    body: [{ fr: 'Boules prêtées sur place.', en: 'Boules can be borrowed on site.' }],
    event: { startsInHours: 300, place: { fr: 'Lyon, boulodrome municipal', en: 'Lyon, town boules ground' } },
  },
  {
    id: 'atelier-gestes-postures',
    hoursAgo: 130,
    categories: ['Santé'],
    author: 'Service santé au travail',
    title: { fr: 'Atelier gestes et postures', en: 'Workshop: posture and safe handling' },
    summary: {
      fr: 'Une heure avec un ergonome pour régler son poste de travail et prévenir le mal de dos.',
      en: 'One hour with an ergonomist to set up your workstation and prevent back pain.',
    },
    body: [{ fr: 'Douze places par session.', en: 'Twelve places per session.' }],
    event: { startsInHours: 75, place: { fr: 'Paris, salle Érable', en: 'Paris, Maple room' } },
  },
];
