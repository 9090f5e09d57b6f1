/**
 * Everything the demo ESN can change at run time: news, configuration and sections overrides, fault, counters.
 * Served documents are computed here with their Last-Modified, which moves forward on every change.
 */

import type { SectionEntry } from '../../utils/config/schema';
import { encodeWindows1252 } from '../tools/windows-1252';
import { nextLastModified, toHttpSeconds } from './conditional';
import { buildConfigDocument, toolIdsOf } from './content/config-document';
import type { LinkStyle } from './content/feeds';
import { NewsStore } from './content/news';
import { renderSectionsCsv } from './content/sections-csv';
import { renderFrenchSectionsExport } from './content/sections-french-export';
import { sectionEntries } from './content/sections-index';
import { TOOLS } from './content/tools';
import { CounterStore } from './counters';
import { FaultState } from './faults';

export type SectionsFormat = 'json' | 'csv';

export interface ServedDocument {
  body: string | Buffer;
  lastModified: number;
  /** The Content-Type when it is not the format's own (a file served without a charset). */
  contentType?: string;
}

interface Versioned {
  /** null = the default document. */
  override: string | Buffer | null;
  /** The override's Content-Type, when it is not the format's own. */
  overrideType?: string;
  lastModified: number;
}

function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

function entriesOf(value: unknown): SectionEntry[] | null {
  const list = Array.isArray(value)
    ? value
    : typeof value === 'object' && value !== null && 'entries' in value
      ? value.entries
      : null;
  return Array.isArray(list) ? (list as SectionEntry[]) : null;
}

export class DemoState {
  readonly news: NewsStore;
  readonly counters = new CounterStore();
  readonly faults = new FaultState();
  private readonly config: Versioned;
  private readonly sections: Record<SectionsFormat, Versioned>;
  private configOverrideValue: unknown = null;
  private configEncoding: 'utf-16le' | null = null;
  private links: LinkStyle = 'absolute';

  constructor(
    readonly origin: string,
    now: number = Date.now(),
  ) {
    this.news = new NewsStore(now);
    const start = toHttpSeconds(now);
    this.config = { override: null, lastModified: start };
    this.sections = { json: { override: null, lastModified: start }, csv: { override: null, lastModified: start } };
  }

  get linkStyle(): LinkStyle {
    return this.links;
  }

  /** How the feeds write their links; both feeds change (new Last-Modified). */
  setLinkStyle(style: LinkStyle): void {
    if (style !== 'absolute' && style !== 'relative') throw new Error(`Unknown link style: ${String(style)}`);
    this.links = style;
    this.news.touchAll();
  }

  configDocument(): ServedDocument {
    const text = this.config.override ?? toJson(buildConfigDocument(this.origin));
    if (this.configEncoding === null || typeof text !== 'string')
      return { body: text, lastModified: this.config.lastModified };
    // As Windows PowerShell 5.1's Out-File writes it, served by IIS as a static .json: no charset.
    const body = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    return { body, lastModified: this.config.lastModified, contentType: 'application/json' };
  }

  /** 'utf-16le': the document in the bytes Windows PowerShell 5.1 writes (UTF-16 LE, BOM); null: UTF-8. */
  setConfigEncoding(encoding: 'utf-16le' | null): void {
    this.configEncoding = encoding;
    this.config.lastModified = nextLastModified(this.config.lastModified);
  }

  /** `null` = back to the default document; a string is served verbatim (it may be invalid on purpose). */
  setConfigDocument(document: unknown): void {
    this.config.override = document === null ? null : typeof document === 'string' ? document : toJson(document);
    this.configOverrideValue = typeof document === 'string' ? safeParse(document) : document;
    this.config.lastModified = nextLastModified(this.config.lastModified);
  }

  /** The minimum group size of the document served (`indicators.minimumGroupSize`, default 10): the report's k. */
  minimumGroupSize(): number {
    const document = this.configOverrideValue ?? buildConfigDocument(this.origin);
    const indicators = (document as { indicators?: { minimumGroupSize?: unknown } } | null)?.indicators;
    const k = indicators?.minimumGroupSize;
    return typeof k === 'number' && Number.isInteger(k) && k >= 2 ? k : 10;
  }

  /** Tools the launch route accepts: the default ones and those of an overriding document. */
  isKnownTool(toolId: string): boolean {
    return TOOLS.some((tool) => tool.id === toolId) || toolIdsOf(this.configOverrideValue).includes(toolId);
  }

  sectionsDocument(format: SectionsFormat): ServedDocument {
    const versioned = this.sections[format];
    const entries = sectionEntries(this.origin);
    const fallback = format === 'json' ? toJson({ entries }) : renderSectionsCsv(entries);
    return {
      body: versioned.override ?? fallback,
      lastModified: versioned.lastModified,
      ...(versioned.overrideType && { contentType: versioned.overrideType }),
    };
  }

  /**
   * Overrides one format of the sections index (`json` by default). A string is served verbatim; an object is
   * serialised (for CSV it must be `{ entries }` or an array of entries). `null` restores the default of that
   * format, or of both formats when no format is given.
   */
  setSectionsIndex(body: unknown, format?: SectionsFormat): void {
    if (body === null) {
      for (const which of format ? [format] : (['json', 'csv'] as const)) this.replaceSections(which, null);
      return;
    }
    const target = format ?? 'json';
    if (typeof body === 'string') this.replaceSections(target, body);
    else if (target === 'json') this.replaceSections(target, toJson(body));
    else {
      const entries = entriesOf(body);
      if (entries === null) throw new Error('A CSV sections index needs a string, { entries } or an array of entries');
      this.replaceSections(target, renderSectionsCsv(entries));
    }
  }

  /**
   * Content mode: the CSV as a French team exports it (French headers, two bad rows), in the bytes Excel writes for
   * "CSV (séparateur : point-virgule)" on a French Windows (windows-1252, no BOM), served as a file server does
   * (text/csv, no charset); null: the default CSV.
   */
  setSectionsCsvMode(mode: 'frenchExport' | null): void {
    if (mode === null) this.replaceSections('csv', null);
    else {
      const text = renderFrenchSectionsExport(sectionEntries(this.origin));
      this.replaceSections('csv', Buffer.from(encodeWindows1252(text)), 'text/csv');
    }
  }

  private replaceSections(format: SectionsFormat, override: string | Buffer | null, overrideType?: string): void {
    const versioned = this.sections[format];
    versioned.override = override;
    if (overrideType) versioned.overrideType = overrideType;
    else delete versioned.overrideType;
    versioned.lastModified = nextLastModified(versioned.lastModified);
  }
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}
