/**
 * The French explanation of each policy setting, for the French ADML (the schema's descriptions are English).
 * A unit test checks that every setting path has one, so a new key cannot ship without its French text.
 */
import { CSV_FIELDS } from '../../../../utils/config/csv-fields';

export const FRENCH_DESCRIPTIONS: Record<string, string> = {
  'esn.name': 'Nom du RSE, affiché dans la fenêtre de Passerelle.',
  'esn.homeUrl': 'Page d’accueil du RSE.',
  'esn.logoUrl': 'Logo du RSE (adresse d’une image).',
  'esn.launchRoute':
    'Modèle de route de lancement, par exemple https://esn.example/go/{toolId} : chaque lancement passe par le RSE.',
  tools: 'Les outils métier du lanceur.',
  feeds: 'Les flux d’actualités comptés sur le badge.',
  'sections.url': 'Adresse de l’index des rubriques déplacées (JSON ou CSV).',
  'sections.entries': 'Entrées de l’index écrites directement.',
  // sections.columns.<field>: written from CSV_FIELDS below, one per column of the spreadsheet.
  'features.launcher': 'Lanceur d’outils métier dans la barre d’outils.',
  'features.news': 'Liste des actualités non lues et badge de la barre d’outils.',
  'features.notifications': 'Notifications sur le bureau pour les actualités importantes (désactivées par défaut).',
  'features.sectionsSearch': 'Recherche dans l’index des rubriques déplacées.',
  'features.relocationGuidance': 'Page d’orientation quand une ancienne adresse de l’intranet est ouverte.',
  'features.omnibox': 'Mot-clé de la barre d’adresse.',
  'features.onboarding': 'Page de premier lancement et charte d’utilisation.',
  'features.indicators': 'Indicateurs d’usage respectueux de la vie privée (désactivés par défaut).',
  'features.sidePanel': 'Panneau latéral à côté de la page (désactivé par défaut).',
  'rollout.pilot':
    'Cet appareil fait partie du groupe pilote : les fonctions réglées sur {"ring": "pilot"} sont activées.',
  'polling.intervalMinutes': 'Minutes entre deux consultations de chaque flux.',
  'links.help': 'Page d’aide.',
  'links.tutorials': 'Tutoriels.',
  'links.hotlinePhone': 'Numéro de téléphone de l’assistance.',
  'links.hotlineEmail': 'Adresse électronique de l’assistance.',
  'links.hotlineUrl': 'Formulaire web de l’assistance ; {context} est remplacé par le diagnostic.',
  'links.feedback':
    'Canal de remarques : l’adresse d’un formulaire ({query} et {context} sont remplacés) ou mailto:adresse (l’objet et le corps portent le contexte).',
  'links.ambassadors.name':
    'Qui sont les ambassadeurs, par exemple {"fr" : "Les ambassadeurs Passerelle", "en" : "…"}.',
  'links.ambassadors.contact': 'Comment les joindre : une page (https) ou mailto:adresse.',
  'links.charterUrl': 'Charte d’utilisation.',
  'links.charterVersion': 'Version de la charte d’utilisation ; une nouvelle version la redemande.',
  'indicators.endpoint': 'Adresse où le lot quotidien d’indicateurs est envoyé.',
  'indicators.allowQueryText': 'Si les recherches sans résultat peuvent transmettre leur texte.',
  'indicators.minimumGroupSize':
    'Les rapports n’affichent un nombre que si au moins ce nombre d’appareils y ont contribué (10 par défaut).',
  'indicators.noise':
    'Bruit local : probabilité qu’un point d’entrée ou une publication soit remplacé par un autre tiré au hasard avant d’être compté (0 = désactivé).',
  'relocation.redirectDelaySeconds':
    'Secondes d’attente de la page d’orientation avant d’ouvrir la nouvelle adresse (5 par défaut ; 0 = tout de suite).',
  'launcher.personalLinks':
    'Permettre aux utilisateurs d’ajouter leurs propres liens au lanceur (désactivé par défaut). Désactivé, leurs liens sont gardés mais ni affichés ni ouverts.',
  'launcher.maxPersonalLinks':
    'Nombre maximal de liens personnels par utilisateur (20 par défaut). Le baisser ne supprime aucun lien déjà ajouté.',
  'onboarding.disabled':
    'Ne pas ouvrir la page de premier lancement à l’installation (la charte est tout de même demandée).',
  'onboarding.url': 'Ouvrir cette adresse à l’installation au lieu de la page de premier lancement de Passerelle.',
  configUrl:
    'Adresse du document de configuration de l’organisation sur le RSE (JSON). Lu au démarrage puis régulièrement, avec la session RSE de l’utilisateur.',
  allowedInsecureOrigins:
    'Origines http qui peuvent être lues ou ouvertes en plus de https et de la boucle locale (un intranet sans TLS).',
  userMayChange:
    'Chemins de réglages (par exemple « configUrl », « features.news ») dont la valeur de stratégie n’est qu’une valeur par défaut que l’utilisateur peut changer. Toutes les autres valeurs de stratégie sont imposées.',
  ...Object.fromEntries(
    CSV_FIELDS.map((field) => [
      `sections.columns.${field}`,
      `Index CSV\u00a0: en-tête de la colonne qui contient ${field}, quand Passerelle ne la reconnaît pas d’elle-même.`,
    ]),
  ),
};
