import { useEffect, useState } from 'preact/hooks';
import { diagnosticsFor } from '@/components/adoption/diagnostics';
import { I18nProvider } from '@/components/common/i18n';
import { PageHeader } from '@/components/common/PageHeader';
import { MovedPage } from '@/components/sections/MovedPage';
import { browserKindOf } from '@/utils/adoption/pin';
import type { ConfigDocument, SectionEntry } from '@/utils/config/schema';
import { localize } from '@/utils/i18n/localized-text';
import type { Language, Translate } from '@/utils/i18n/translator';
import type { BookmarkUpdate } from '@/utils/sections/bookmarks';
import type { HotlineFill } from '@/utils/sections/no-results';
import type { SectionMatch } from '@/utils/sections/section-result';
import type { PopupSnapshot } from '@/utils/snapshot/types';

export interface GuidanceData {
  entry: SectionEntry | null;
  from: string;
  delaySeconds: number;
  esn: NonNullable<ConfigDocument['esn']>;
  links: NonNullable<ConfigDocument['links']>;
  allowedInsecureOrigins: readonly string[];
  /** For the hotline's diagnostics (as the popup's); null when it could not be read. */
  snapshot: PopupSnapshot | null;
}

interface Props {
  t: Translate;
  language: Language;
  load(): Promise<GuidanceData>;
  /** sectionId: the section followed (the usage indicators count the path guidance → section). */
  navigate(url: string, sectionId: string): void;
  updateBookmarks(entry: SectionEntry): Promise<BookmarkUpdate>;
  /** The sections search (the background's), for an unknown section. */
  find(query: string): Promise<SectionMatch[]>;
  openSection(sectionId: string): void;
}

/** The guidance page shown instead of an old intranet address (see utils/sections/relocation-rules.ts). */
export function App({ t, language, load, navigate, updateBookmarks, find, openSection }: Props) {
  const [data, setData] = useState<GuidanceData | null>(null);
  useEffect(() => {
    const nothing = {
      entry: null,
      from: '',
      delaySeconds: 0,
      esn: {},
      links: {},
      allowedInsecureOrigins: [],
      snapshot: null,
    };
    load().then(setData, () => setData(nothing));
  }, [load]);
  const esnName = data ? localize(data.esn.name, language) : '';
  const hotline: HotlineFill = {
    diagnostics: data?.snapshot
      ? diagnosticsFor(data.snapshot, browserKindOf(import.meta.env.BROWSER, navigator.userAgent), t)
      : '',
    subject: t('adoptionHotlineSubject'),
    allowedInsecureOrigins: data?.allowedInsecureOrigins ?? [],
  };
  return (
    <I18nProvider value={{ t, language }}>
      {data ? (
        <>
          <PageHeader name={esnName} logoUrl={data.esn.logoUrl} homeUrl={data.esn.homeUrl} />
          <MovedPage
            entry={data.entry}
            from={data.from}
            delaySeconds={data.delaySeconds}
            navigate={(url) => navigate(url, data.entry?.id ?? '')}
            updateBookmarks={updateBookmarks}
            esnName={esnName}
            esnHomeUrl={data.esn.homeUrl}
            links={data.links}
            hotline={hotline}
            find={find}
            open={openSection}
          />
        </>
      ) : (
        <p aria-busy="true">{t('loading')}</p>
      )}
    </I18nProvider>
  );
}
