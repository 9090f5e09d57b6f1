import { useEffect, useState } from 'preact/hooks';
import { I18nProvider } from '@/components/common/i18n';
import { MovedPage } from '@/components/sections/MovedPage';
import type { SectionEntry } from '@/utils/config/schema';
import type { Language, Translate } from '@/utils/i18n/translator';
import type { BookmarkUpdate } from '@/utils/sections/bookmarks';

export interface GuidanceData {
  entry: SectionEntry | null;
  from: string;
  delaySeconds: number;
}

interface Props {
  t: Translate;
  language: Language;
  load(): Promise<GuidanceData>;
  /** sectionId: the section followed (the usage indicators count the path guidance → section). */
  navigate(url: string, sectionId: string): void;
  updateBookmarks(entry: SectionEntry): Promise<BookmarkUpdate>;
}

/** The guidance page shown instead of an old intranet address (see utils/sections/relocation-rules.ts). */
export function App({ t, language, load, navigate, updateBookmarks }: Props) {
  const [data, setData] = useState<GuidanceData | null>(null);
  useEffect(() => {
    load().then(setData, () => setData({ entry: null, from: '', delaySeconds: 0 }));
  }, [load]);
  return (
    <I18nProvider value={{ t, language }}>
      {data ? (
        <MovedPage
          {...data}
          navigate={(url) => navigate(url, data.entry?.id ?? '')}
          updateBookmarks={updateBookmarks}
        />
      ) : (
        <p aria-busy="true">{t('loading')}</p>
      )}
    </I18nProvider>
  );
}
