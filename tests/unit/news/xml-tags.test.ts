// @vitest-environment node
/** The tag scanner under the RSS reader: what it reports for the lenient cases feeds bring. */
import { describe, expect, it } from 'vitest';
import { scanTags } from '@/utils/news/xml-tags';

/** The scanner's reports as lines: "+name@start", "attr=value", "-content" (or "-unended"). */
function events(text: string): string[] {
  const seen: string[] = [];
  const starts: number[] = [];
  scanTags(text, {
    attribute: (name, value) => seen.push(`${name}=${value}`),
    open: (name, contentStart) => {
      starts.push(contentStart);
      seen.push(`+${name}`);
    },
    close: (contentEnd) => {
      const start = starts.pop() ?? 0;
      seen.push(contentEnd === undefined ? '-unended' : `-${JSON.stringify(text.slice(start, contentEnd))}`);
    },
  });
  return seen;
}

describe('scanTags', () => {
  it('reports elements, their attributes first, and the content between their tags', () => {
    expect(events('<a x="1" y=\'2\' z=3 flag><b>text</b></a>')).toEqual([
      'x=1',
      'y=2',
      'z=3',
      'flag=',
      '+a',
      '+b',
      '-"text"',
      '-"<b>text</b>"',
    ]);
  });

  it('closes a self-closed element at once, with empty content', () => {
    expect(events('<a><b/><c / ></a>')).toEqual(['+a', '+b', '-""', '+c', '-""', '-"<b/><c / >"']);
  });

  it('opens nothing inside comments, CDATA, processing instructions and declarations', () => {
    expect(events('<!DOCTYPE a [<!ENTITY e "<b>">]><a><!-- <b> --><![CDATA[<b>]]><?pi <b>?></a>')).toEqual([
      '+a',
      '-"<!-- <b> --><![CDATA[<b>]]><?pi <b>?>"',
    ]);
  });

  it('keeps a quoted ">" in an attribute value', () => {
    expect(events('<a t="1>2"/>')).toEqual(['t=1>2', '+a', '-""']);
  });

  it('reads a "<" that cannot start a tag as text', () => {
    expect(events('<a>1 < 2 <> 3</a>')).toEqual(['+a', '-"1 < 2 <> 3"']);
  });

  it('closes what an outer end tag leaves open, unended, and ignores end tags that match nothing', () => {
    expect(events('<a><b><c>x</d></b></a>')).toEqual([
      '+a',
      '+b',
      '+c',
      '-unended',
      '-"<c>x</d>"',
      '-"<b><c>x</d></b>"',
    ]);
  });

  it('matches names case-sensitively, as XML does', () => {
    expect(events('<a><B>x</b></B></a>')).toEqual(['+a', '+B', '-"x</b>"', '-"<B>x</b></B>"']);
  });

  it('closes elements still open at the end of the document, unended; a tag cut off is dropped', () => {
    expect(events('<a><b>x<c attr="cut')).toEqual(['+a', '+b', '-unended', '-unended']);
    expect(events('<a><!-- never closed <b>')).toEqual(['+a', '-unended']);
  });
});
