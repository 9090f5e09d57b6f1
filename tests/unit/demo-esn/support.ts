/** Helpers shared by the demo ESN tests: XML/HTML parsing (happy-dom's DOMParser) and a small CSV reader. */
import { type Document, Window } from 'happy-dom';

async function withDocument<T>(text: string, type: 'application/xml' | 'text/html', read: (doc: Document) => T) {
  const window = new Window();
  try {
    return read(new window.DOMParser().parseFromString(text, type));
  } finally {
    await window.happyDOM.close();
  }
}

const XML_TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** happy-dom's XML parser rejects CDATA sections: complete ones are turned into the equivalent escaped text. */
function expandCdata(text: string): string {
  return text.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, (_section, content: string) =>
    content.replace(/[&<>]/g, (char) => XML_TEXT_ESCAPES[char] ?? char),
  );
}

/** Reads an XML document, or returns null when it is not well-formed. */
export function readXml<T>(text: string, read: (doc: Document) => T): Promise<T | null> {
  return withDocument(expandCdata(text), 'application/xml', (doc) =>
    doc.getElementsByTagName('parsererror').length > 0 ? null : read(doc),
  );
}

export interface FeedEntry {
  title: string;
  link: string;
  id: string;
  date: string;
  categories: string[];
}

/** Items of an RSS 2.0 or Atom 1.0 document (null if it is not well-formed XML). */
export function readFeed(text: string): Promise<FeedEntry[] | null> {
  return readXml(text, (doc) => {
    const rss = doc.getElementsByTagName('item').length > 0;
    const nodes = [...doc.getElementsByTagName(rss ? 'item' : 'entry')];
    return nodes.map((node) => {
      const child = (name: string) => node.getElementsByTagName(name)[0];
      const categories = [...node.getElementsByTagName('category')].map((category) =>
        rss ? (category.textContent ?? '') : (category.getAttribute('term') ?? ''),
      );
      return {
        title: child('title')?.textContent ?? '',
        link: rss ? (child('link')?.textContent ?? '') : (child('link')?.getAttribute('href') ?? ''),
        id: (rss ? child('guid') : child('id'))?.textContent ?? '',
        date: (rss ? child('pubDate') : child('published'))?.textContent ?? '',
        categories,
      };
    });
  });
}

export interface HtmlSummary {
  lang: string;
  h1: string;
  text: string;
  links: string[];
}

export function readHtml(text: string): Promise<HtmlSummary> {
  return withDocument(text, 'text/html', (doc) => ({
    lang: doc.documentElement.getAttribute('lang') ?? '',
    h1: doc.querySelector('h1')?.textContent?.trim() ?? '',
    text: doc.body.textContent ?? '',
    links: [...doc.querySelectorAll('a[href]')].map((link) => link.getAttribute('href') ?? ''),
  }));
}

/** Rows (cell texts) of the table `table[data-table="<key>"]` of an HTML page. */
export function readTableRows(text: string, key: string): Promise<string[][]> {
  return withDocument(text, 'text/html', (doc) =>
    [...doc.querySelectorAll(`table[data-table="${key}"] tbody tr`)].map((row) =>
      [...row.querySelectorAll('td')].map((cell) => cell.textContent?.trim() ?? ''),
    ),
  );
}

/** RFC 4180-style reader with a configurable separator (quoted fields, doubled quotes, CRLF). */
export function parseCsv(text: string, separator = ';'): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field === '') quoted = true;
    else if (char === separator) {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (quoted) throw new Error('Unterminated quoted field');
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
