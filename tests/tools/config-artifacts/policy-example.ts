/**
 * The policy every admin-guide example and policy template carries. A unit test proves it passes the policy
 * validator with no issue, so no published example can be wrong.
 */
import type { PolicyDocument } from '../../../utils/config/policy-schema';

export const EXAMPLE_POLICY: PolicyDocument = {
  configUrl: 'https://esn.example.com/passerelle/config.json',
  esn: {
    name: { fr: 'La Ruche', en: 'The Hive' },
    homeUrl: 'https://esn.example.com/',
    launchRoute: 'https://esn.example.com/go/{toolId}',
  },
  tools: [
    {
      id: 'expenses',
      label: { fr: 'Notes de frais', en: 'Expenses' },
      url: 'https://expenses.example.com/',
      category: { fr: 'Finances', en: 'Finance' },
      icon: 'receipt',
      keywords: ['frais', 'remboursement'],
      mandatory: true,
    },
  ],
  features: { notifications: false, indicators: false },
  polling: { intervalMinutes: 30 },
  links: {
    help: 'https://esn.example.com/aide',
    hotlinePhone: '+33 1 23 45 67 89',
    hotlineEmail: 'hotline@example.com',
  },
  userMayChange: ['features.notifications'],
};

/** Where the self-hosted packages live in the examples (each organisation puts its own address). */
export const EXAMPLE_CHROMIUM_UPDATE_URL = 'https://intranet.example.com/passerelle/updates.xml';
export const EXAMPLE_FIREFOX_INSTALL_URL = 'https://intranet.example.com/passerelle/passerelle.xpi';
