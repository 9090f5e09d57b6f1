/** The words of the ADML files, in English and in French (the setting explanations come from the schema). */
import type { PolicyDef } from './policy-defs';
import { FRENCH_DESCRIPTIONS } from './texts-fr';

export type AdmlLanguage = 'en-US' | 'fr-FR';

export interface AdmlTexts {
  description(def: PolicyDef): string;
  categories: Record<string, string>;
  supportedOn(browser: string): string;
  fileDescription(browser: string): string;
  path: string;
  /** ':' in English, a non-breaking space and ':' in French. */
  colon: string;
  registry: string;
  hints: Record<PolicyDef['element']['kind'], string>;
  labels: { value: string; json: string; list: string; languages: Record<string, string> };
}

const ENGLISH: AdmlTexts = {
  description: (def) => def.description,
  categories: {
    general: 'General',
    esn: 'Enterprise social network',
    sections: 'Relocated sections',
    features: 'Features',
    rollout: 'Step-by-step rollout',
    polling: 'Feed polling',
    links: 'Help, hotline and charter links',
    indicators: 'Indicators',
    relocation: 'Guidance page',
    launcher: 'Launcher',
    onboarding: 'First-run page',
  },
  supportedOn: (browser) => `${browser} with the Passerelle extension`,
  fileDescription: (browser) => `Passerelle's managed settings for ${browser}`,
  path: 'Setting',
  colon: ':',
  registry: 'Registry',
  hints: {
    boolean: 'Enabled: on. Disabled: off. Not configured: the configuration document or the default decides.',
    decimal: 'A whole number.',
    text: 'A text value.',
    json: 'JSON, written as in the configuration document (see the key reference in ADMIN.md).',
    list: 'One entry per line.',
    label: 'One text per language (both are needed).',
  },
  labels: { value: 'Value', json: 'JSON', list: 'Entries', languages: { en: 'English', fr: 'French' } },
};

const FRENCH: AdmlTexts = {
  description: (def) => FRENCH_DESCRIPTIONS[def.path] ?? def.description,
  categories: {
    general: 'Général',
    esn: 'Réseau social d’entreprise',
    sections: 'Rubriques déplacées',
    features: 'Fonctions',
    rollout: 'Déploiement progressif',
    polling: 'Consultation des flux',
    links: 'Liens d’aide, d’assistance et de charte',
    indicators: 'Indicateurs',
    relocation: 'Page d’orientation',
    launcher: 'Lanceur',
    onboarding: 'Page de premier lancement',
  },
  supportedOn: (browser) => `${browser} avec l’extension Passerelle`,
  fileDescription: (browser) => `Réglages gérés de Passerelle pour ${browser}`,
  path: 'Réglage',
  colon: '\u00a0:',
  registry: 'Registre',
  hints: {
    boolean:
      'Activé : oui. Désactivé : non. Non configuré : le document de configuration ou la valeur par défaut décide.',
    decimal: 'Un nombre entier.',
    text: 'Un texte.',
    json: 'JSON, écrit comme dans le document de configuration (voir la référence des clés dans ADMIN.md).',
    list: 'Une entrée par ligne.',
    label: 'Un texte par langue (les deux sont nécessaires).',
  },
  labels: { value: 'Valeur', json: 'JSON', list: 'Entrées', languages: { en: 'Anglais', fr: 'Français' } },
};

export const ADML_TEXTS: Record<AdmlLanguage, AdmlTexts> = { 'en-US': ENGLISH, 'fr-FR': FRENCH };
