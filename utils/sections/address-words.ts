/**
 * The words of an old address, to pre-fill the guidance page's search when its section is unknown:
 * "https://old.example/rh/cantine/menus-semaine.aspx?id=4" → "rh cantine menus semaine".
 */
import { decodeAddressText } from './address-decoding';

const NOISE = new Set(['www', 'index', 'default', 'home', 'accueil', 'page', 'pages', 'sites', 'site', 'fr', 'en']);
const EXTENSION = /\.(aspx?|html?|php|jsp|do|cfm)$/i;

export function wordsFromAddress(address: string): string {
  if (!URL.canParse(address)) return '';
  const url = new URL(address);
  // The query's values, decoded the same way (URLSearchParams would turn a windows-1252 byte into U+FFFD).
  const values = url.search
    .slice(1)
    .split('&')
    .map((pair) => decodeAddressText((pair.split('=')[1] ?? '').replaceAll('+', ' ')));
  const path = `${decodeAddressText(url.pathname)} ${values.join(' ')}`;
  const words = path
    .split(/[/\s]+/)
    .map((segment) => segment.replace(EXTENSION, ''))
    .flatMap((segment) => segment.split(/[^\p{L}\p{N}]+/u))
    .filter((word) => word.length > 1 && !/^\d+$/.test(word) && !NOISE.has(word.toLowerCase()));
  return [...new Set(words.map((word) => word.toLowerCase()))].join(' ');
}
