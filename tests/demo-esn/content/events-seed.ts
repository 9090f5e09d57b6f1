/** The seed content of La Ruche's events feed (dates are hours before the moment the store is created). */
import { COMMUNICATION, type SeedItem } from './news-seed';

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
