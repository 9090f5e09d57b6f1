/** The desktop shortcuts of the .lnk tests: what each one is, as written by lnk-fixtures.ts. */
import type { LnkSpec } from './lnk-fixtures';

const CHROME = 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe';
const EDGE = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe';

export const LNK_CASES: Record<string, LnkSpec> = {
  // A browser with an address after its path (the usual "shortcut to a site" IT makes).
  'Notes de frais.lnk': {
    unicode: true,
    idList: true,
    localPath: CHROME,
    name: 'Saisir ses notes de frais',
    workingDir: 'C:\\Program Files\\Google\\Chrome\\Application',
    arguments: '--profile-directory=Default "https://frais.aubepine.example/"',
    iconLocation: 'C:\\Windows\\System32\\shell32.dll',
  },
  // Chrome/Edge "open as window": --app=
  'Planning.lnk': {
    unicode: true,
    localPath: EDGE,
    arguments: '--app=https://planning.aubepine.example/semaine',
    relativePath: '..\\..\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
  },
  // An installed Edge web app: only its id and profile.
  'Congés.lnk': {
    unicode: true,
    localPath: 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge_proxy.exe',
    arguments: '--profile-directory=Default --app-id=gdfaincndogidkdcdkhapmbffkckdkhn',
    iconLocation:
      'C:\\Users\\Élodie\\AppData\\Local\\Microsoft\\Edge\\User Data\\Default\\Web Applications\\conges.ico',
  },
  // A local program.
  'Calculatrice.lnk': { unicode: true, idList: true, localPath: 'C:\\Windows\\System32\\calc.exe' },
  // Unicode names everywhere: file name, description, working directory, path.
  'Réservation de véhicule.lnk': {
    unicode: true,
    localPath: 'C:\\Program Files\\Mozilla Firefox\\firefox.exe',
    name: 'Réserver un véhicule de service — « flotte »',
    workingDir: 'C:\\Users\\Élodie\\Документы',
    arguments: 'https://flotte.aubepine.example/reservations',
  },
  // A program on a network share.
  'Outil compta.lnk': {
    unicode: true,
    network: { netName: '\\\\fichiers\\compta', suffix: 'outils\\saisie.exe' },
    name: 'Outil de saisie comptable',
  },
  // ANSI string data (an old shortcut): Internet Explorer with an address.
  'Intranet.lnk': {
    unicode: false,
    localPath: 'C:\\Program Files\\Internet Explorer\\iexplore.exe',
    name: 'Intranet de l’entité',
    workingDir: 'C:\\Œuvres sociales',
    arguments: 'https://intranet.aubepine.example/accueil',
  },
  // No LinkInfo: the target is only in the environment-variable block (as installers write for Program Files).
  'Portail.lnk': {
    unicode: true,
    environmentTarget: '%ProgramFiles(x86)%\\Microsoft\\Edge\\Application\\msedge.exe',
    arguments: '--profile-directory=Default https://portail.aubepine.example/',
  },
  // A browser opened with no address.
  'Chrome.lnk': { unicode: true, localPath: CHROME },
};
