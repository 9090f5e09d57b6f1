import { highlightSegments } from '@/utils/search/highlight';

/** A title with its matched words in <mark>, as text nodes only (titles come from remote data). */
export function Highlighted({ text, terms }: { text: string; terms: readonly string[] }) {
  return (
    <>
      {highlightSegments(text, terms).map((segment, index) =>
        segment.match ? <mark key={index}>{segment.text}</mark> : segment.text,
      )}
    </>
  );
}
