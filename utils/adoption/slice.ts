import type { FeatureName } from '../config/effective';
import type { LocalizedText } from '../config/schema';

/** The usage charter as the popup and the welcome page show it. */
export interface CharterView {
  url: string;
  /** Absent when the configuration names no version: any acknowledgement then counts. */
  version?: string;
  acknowledged: boolean;
}

/** Help, hotline and feedback addresses, already checked against the URL policy. */
export interface HelpLinks {
  help?: string;
  tutorials?: string;
  hotlinePhone?: string;
  hotlineEmail?: string;
  hotlineUrl?: string;
  /** Template with {query} and {context}. */
  feedback?: string;
}

/** What the popup and the welcome page need of the adoption capability. */
export interface AdoptionSlice {
  /** Null when no charter is configured or the onboarding feature is off. */
  charter: CharterView | null;
  /** Features turned on since the user last looked, whose note has not been dismissed. */
  whatsNew: FeatureName[];
  help: HelpLinks;
  /** The ambassadors' contact (a checked https or mailto: address), for the welcome page; absent when none. */
  ambassadors?: { name: LocalizedText; contact: string };
  onboarding: { enabled: boolean; url?: string };
  /** The extension's version, for the hotline diagnostics. */
  version: string;
  /** From the policy: http origins that links may use (filled templates are checked again). */
  allowedInsecureOrigins: string[];
}

export const EMPTY_ADOPTION_SLICE: AdoptionSlice = {
  charter: null,
  whatsNew: [],
  help: {},
  onboarding: { enabled: true },
  version: '',
  allowedInsecureOrigins: [],
};
