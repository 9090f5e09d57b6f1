import type { Bilingual } from '../lang';

/** One relocated section of the demo ESN (sections.ts), with the page its new address shows. */
export interface DemoSection {
  id: string;
  title: Bilingual;
  aliases: string[];
  keywords: string[];
  /** Exact old addresses ("/…" = on the demo ESN). */
  oldUrls: string[];
  /** Old address prefixes ("/…" = on the demo ESN). */
  oldUrlPrefixes: string[];
  /** Path of the new page on the demo ESN. */
  newPath: string;
  breadcrumb: Bilingual;
  movedOn: string;
  note: Bilingual;
  /** Text of the new page. */
  content: Bilingual;
}
