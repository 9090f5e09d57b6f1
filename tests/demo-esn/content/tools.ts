/** The business tools of Groupe Aubépine, as listed in the launcher. */
import type { Bilingual } from '../lang';

export type ToolIcon =
  | 'car'
  | 'laptop'
  | 'clock'
  | 'calendar'
  | 'chart'
  | 'receipt'
  | 'users'
  | 'book'
  | 'lifebuoy'
  | 'door'
  | 'wallet'
  | 'bus';

export interface DemoTool {
  id: string;
  label: Bilingual;
  category: Bilingual;
  icon: ToolIcon;
  keywords: string[];
  mandatory?: boolean;
  /** One sentence shown on the tool's page. */
  description: Bilingual;
}

const BOOKINGS: Bilingual = { fr: 'Réservations', en: 'Bookings' };
const TIME: Bilingual = { fr: 'Temps et absences', en: 'Time and absences' };
const STEERING: Bilingual = { fr: 'Pilotage', en: 'Steering' };
const FINANCE: Bilingual = { fr: 'Finances', en: 'Finance' };
const PEOPLE: Bilingual = { fr: 'Collaborateurs', en: 'People' };
const SUPPORT: Bilingual = { fr: 'Assistance', en: 'Support' };
const EVERYDAY: Bilingual = { fr: 'Vie pratique', en: 'Everyday life' };

export const TOOLS: readonly DemoTool[] = [
  {
    id: 'vehicle-booking',
    label: { fr: 'Réservation de véhicule', en: 'Vehicle booking' },
    category: BOOKINGS,
    icon: 'car',
    keywords: ['voiture', 'véhicule', 'auto', 'pool', 'flotte', 'car', 'vehicle', 'fleet', 'déplacement'],
    description: {
      fr: 'Réservez un véhicule du pool de votre site pour vos déplacements professionnels.',
      en: 'Book a car from your site’s pool for business trips.',
    },
  },
  {
    id: 'pc-booking',
    label: { fr: 'Réservation de PC portable', en: 'Laptop booking' },
    category: BOOKINGS,
    icon: 'laptop',
    keywords: ['ordinateur', 'pc', 'portable', 'prêt', 'laptop', 'computer', 'loan'],
    description: {
      fr: 'Empruntez un PC portable de prêt pour une formation, un salon ou un dépannage.',
      en: 'Borrow a loan laptop for a training session, a trade show or while yours is repaired.',
    },
  },
  {
    id: 'meeting-room',
    label: { fr: 'Réservation de salle de réunion', en: 'Meeting room booking' },
    category: BOOKINGS,
    icon: 'door',
    keywords: ['salle', 'réunion', 'visio', 'room', 'meeting', 'videoconference'],
    description: {
      fr: 'Trouvez et réservez une salle de réunion, avec ou sans équipement de visioconférence.',
      en: 'Find and book a meeting room, with or without video-conferencing equipment.',
    },
  },
  {
    id: 'time-tracking',
    label: { fr: 'Saisie des temps', en: 'Time tracking' },
    category: TIME,
    icon: 'clock',
    keywords: ['temps', 'heures', 'feuille de temps', 'imputation', 'timesheet', 'hours'],
    mandatory: true,
    description: {
      fr: 'Déclarez vos temps de la semaine avant le vendredi 16 h.',
      en: 'Enter your weekly timesheet before Friday 4 pm.',
    },
  },
  {
    id: 'absence-request',
    label: { fr: 'Demande d’absence', en: 'Absence request' },
    category: TIME,
    icon: 'calendar',
    keywords: ['congés', 'vacances', 'RTT', 'absence', 'leave', 'holiday', 'vacation', 'day off'],
    mandatory: true,
    description: {
      fr: 'Posez vos congés, RTT et absences, et suivez leur validation.',
      en: 'Request leave and days off, and follow their approval.',
    },
  },
  {
    id: 'management-dashboard',
    label: { fr: 'Tableau de bord managérial', en: 'Management dashboard' },
    category: STEERING,
    icon: 'chart',
    keywords: ['indicateurs', 'KPI', 'équipe', 'reporting', 'dashboard', 'manager', 'team'],
    description: {
      fr: 'Les indicateurs de votre équipe : effectifs, absences, heures supplémentaires.',
      en: 'Your team’s figures: headcount, absences, overtime.',
    },
  },
  {
    id: 'expense-claims',
    label: { fr: 'Notes de frais', en: 'Expense claims' },
    category: FINANCE,
    icon: 'receipt',
    keywords: ['frais', 'remboursement', 'justificatif', 'expenses', 'refund', 'receipt'],
    mandatory: true,
    description: {
      fr: 'Saisissez vos notes de frais et joignez vos justificatifs photographiés.',
      en: 'File your expense claims with photos of your receipts.',
    },
  },
  {
    id: 'payslips',
    label: { fr: 'Bulletins de paie', en: 'Payslips' },
    category: FINANCE,
    icon: 'wallet',
    keywords: ['paie', 'salaire', 'bulletin', 'fiche de paie', 'payslip', 'salary', 'pay'],
    description: {
      fr: 'Consultez et téléchargez vos bulletins de paie dématérialisés.',
      en: 'View and download your electronic payslips.',
    },
  },
  {
    id: 'directory',
    label: { fr: 'Annuaire', en: 'Staff directory' },
    category: PEOPLE,
    icon: 'users',
    keywords: ['annuaire', 'collègue', 'téléphone', 'organigramme', 'directory', 'colleague', 'phone'],
    description: {
      fr: 'Retrouvez un collègue, son service, son site et ses coordonnées.',
      en: 'Find a colleague, their department, site and contact details.',
    },
  },
  {
    id: 'training',
    label: { fr: 'Formation', en: 'Training' },
    category: PEOPLE,
    icon: 'book',
    keywords: ['formation', 'e-learning', 'catalogue', 'compétences', 'training', 'course', 'skills'],
    description: {
      fr: 'Le catalogue des formations et vos inscriptions.',
      en: 'The training catalogue and your enrolments.',
    },
  },
  {
    id: 'it-helpdesk',
    label: { fr: 'Support informatique', en: 'IT helpdesk' },
    category: SUPPORT,
    icon: 'lifebuoy',
    keywords: ['support', 'informatique', 'panne', 'ticket', 'mot de passe', 'helpdesk', 'IT', 'password'],
    mandatory: true,
    description: {
      fr: 'Ouvrez un ticket ou suivez une demande auprès du support informatique.',
      en: 'Open a ticket or follow a request with the IT helpdesk.',
    },
  },
  {
    id: 'carpooling',
    label: { fr: 'Mobilité et covoiturage', en: 'Mobility and car-pooling' },
    category: EVERYDAY,
    icon: 'bus',
    keywords: ['covoiturage', 'navette', 'transport', 'vélo', 'car-pooling', 'shuttle', 'commute', 'bike'],
    description: {
      fr: 'Proposez ou trouvez un covoiturage, consultez les navettes entre sites.',
      en: 'Offer or find a car-pool and check the shuttles between sites.',
    },
  },
];

export function findTool(id: string): DemoTool | undefined {
  return TOOLS.find((tool) => tool.id === id);
}
