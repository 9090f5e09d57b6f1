/**
 * The catalogs of a build in a chosen UI language (tests/tools/build-extensions.ts, `chrome:lang-fr`): every
 * _locales catalog of the build carries the chosen language, so the extension speaks it whatever the browser's own
 * (Debian's Chromium ships only en-US; Firefox ESR has no French pack). Runs in Node, at build time.
 */
type UiLanguageChoice = 'fr' | 'en' | 'pseudo';

type Catalog = Record<string, { message: string; description?: string }>;

const PLAIN = 'abcdefghijklmnopqrstuvwxyz';
const ACCENTED = [...'àƀçđéƒĝĥîĵķĺɱñöþǫŕšţûṽŵẋýž'];

function accent(char: string): string {
  const index = PLAIN.indexOf(char.toLowerCase());
  if (index === -1) return char;
  const accented = ACCENTED[index] ?? char;
  return char === char.toLowerCase() ? accented : accented.toUpperCase();
}

/** Chrome's substitutions ($1, $NAME$) and addresses stay as they are. */
const KEEP = /(\$\d|\$[A-Z_]+\$|https?:\/\/\S+)/;

/** Accented and about 40 % longer, in words that wrap like real ones: "Ŝéàŕçĥ ţööļš · ţŵö ţĥŕéé". */
export function pseudoLocalize(text: string): string {
  const accented = text
    .split(KEEP)
    .map((part, index) => (index % 2 ? part : [...part].map(accent).join('')))
    .join('');
  const padding = Math.ceil(text.length * 0.4);
  if (padding < 2) return accented;
  const filler = 'ļöŕéɱ îþšûɱ ðöļöŕ šîţ àɱéţ ĉöñšéçţéţûŕ'.repeat(Math.ceil(padding / 40) + 1);
  return `${accented} ${filler.slice(0, padding - 1).trimEnd()}`;
}

/** The catalog every locale of the build gets for a choice, from the two source catalogs. */
export function catalogFor(choice: UiLanguageChoice, sources: { en: Catalog; fr: Catalog }): Catalog {
  if (choice !== 'pseudo') return sources[choice];
  // The pseudo-locale is English underneath: its "uiLanguage" stays "en" (dates, the organisation's texts).
  return Object.fromEntries(
    Object.entries(sources.en).map(([key, entry]) => [
      key,
      key === 'uiLanguage' ? entry : { ...entry, message: pseudoLocalize(entry.message) },
    ]),
  );
}
