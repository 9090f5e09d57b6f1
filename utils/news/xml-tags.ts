/**
 * The tags of an XML document, found with the string's native indexOf: the text between them (a feed's
 * descriptions, most of its bytes) is jumped over, never walked a character at a time. Only what the RSS reader
 * (read-rss.ts) needs is reported: elements, their attributes and where their content starts and ends. Comments,
 * CDATA sections, processing instructions and declarations are skipped whole, so a "<" inside them opens nothing.
 * Lenient where feeds are (htmlparser2's XML mode, which it replaced, behaves the same): a "<" that cannot start a
 * tag is text, an end tag closes the nearest open element of its name (and any left open inside it), an end tag
 * that matches nothing is ignored, and names are case-sensitive.
 */

interface TagHandlers {
  /** An attribute of the element about to be opened (reported before its `open`); `value` is "" when absent. */
  attribute(name: string, value: string): void;
  /** An element opens; its content starts at `contentStart`. A self-closed element is closed at once. */
  open(name: string, contentStart: number): void;
  /**
   * The innermost open element ends. `contentEnd` is where its end tag starts ("<"), the content's start for a
   * self-closed element, or undefined when no end tag of its own closed it (an outer end tag or the document's end).
   */
  close(contentEnd: number | undefined): void;
}

const GREATER = 0x3e;
const SLASH = 0x2f;
const EQUALS = 0x3d;
const DOUBLE_QUOTE = 0x22;
const SINGLE_QUOTE = 0x27;
const CDATA_OPENING = '<![CDATA[';

const isSpace = (code: number) => code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d || code === 0x0c;
/** What ends a tag's name, and what cannot follow "<" in a tag: space, "/" or ">". */
const endsName = (code: number) => isSpace(code) || code === SLASH || code === GREATER;

/** Where a run that starts at `from` ends: at the first character `ends` accepts, or at the end of the text. */
function endOf(text: string, from: number, ends: (code: number) => boolean): number {
  let at = from;
  while (at < text.length && !ends(text.charCodeAt(at))) at += 1;
  return at;
}

function skipSpaces(text: string, from: number): number {
  return endOf(text, from, (code) => !isSpace(code));
}

/** Just past `closing` found from `from`, or -1: an unterminated construct runs to the document's end. */
function past(text: string, closing: string, from: number): number {
  const at = text.indexOf(closing, from);
  return at === -1 ? -1 : at + closing.length;
}

/** Past a "<!…": a comment ("<!-->" is one), a CDATA section, or a declaration up to its first ">". */
function skipMarkupDeclaration(text: string, at: number): number {
  if (text.startsWith('<!--', at)) return past(text, '-->', at + 2);
  if (text.startsWith(CDATA_OPENING, at)) return past(text, ']]>', at + CDATA_OPENING.length);
  return past(text, '>', at + 3);
}

/**
 * Reads the open tag at `at`: its attributes, then `open` (and `close` when self-closed).
 * Returns where to go on, or -1 when the document ends inside the tag (the tag is dropped).
 */
function readOpenTag(text: string, at: number, handlers: TagHandlers, names: string[]): number {
  const nameEnd = endOf(text, at + 1, endsName);
  const name = text.slice(at + 1, nameEnd);
  let cursor = nameEnd;
  for (;;) {
    cursor = skipSpaces(text, cursor);
    if (cursor >= text.length) return -1;
    const code = text.charCodeAt(cursor);
    if (code === GREATER || (code === SLASH && text.charCodeAt(skipSpaces(text, cursor + 1)) === GREATER)) {
      const end = text.indexOf('>', cursor) + 1;
      handlers.open(name, end);
      if (code === SLASH) handlers.close(end);
      else names.push(name);
      return end;
    }
    if (code === SLASH) {
      cursor += 1;
      continue;
    }
    const attributeEnd = endOf(text, cursor, (next) => next === EQUALS || endsName(next));
    const attribute = text.slice(cursor, attributeEnd);
    cursor = skipSpaces(text, attributeEnd);
    let value = '';
    if (text.charCodeAt(cursor) === EQUALS) {
      cursor = skipSpaces(text, cursor + 1);
      const quote = text.charCodeAt(cursor);
      if (quote === DOUBLE_QUOTE || quote === SINGLE_QUOTE) {
        const closing = text.indexOf(String.fromCharCode(quote), cursor + 1);
        if (closing === -1) return -1;
        value = text.slice(cursor + 1, closing);
        cursor = closing + 1;
      } else {
        const valueEnd = endOf(text, cursor, (next) => isSpace(next) || next === GREATER);
        value = text.slice(cursor, valueEnd);
        cursor = valueEnd;
      }
    }
    handlers.attribute(attribute, value);
  }
}

/** Reads the end tag at `at` and closes what it closes. Returns where to go on, or -1 at the document's end. */
function readEndTag(text: string, at: number, handlers: TagHandlers, names: string[]): number {
  const nameStart = skipSpaces(text, at + 2);
  const first = text.charCodeAt(nameStart);
  // "</>" and "</ />"-like junk close nothing.
  if (first === GREATER || first === SLASH) return past(text, '>', nameStart);
  const nameEnd = endOf(text, nameStart, (code) => isSpace(code) || code === GREATER);
  if (nameEnd >= text.length) return -1;
  const depth = names.lastIndexOf(text.slice(nameStart, nameEnd));
  while (depth !== -1 && names.length > depth) {
    names.pop();
    handlers.close(names.length === depth ? at : undefined);
  }
  return past(text, '>', nameEnd);
}

/** Scans `text`, reporting its elements to `handlers`; elements still open at the end are closed unended. */
export function scanTags(text: string, handlers: TagHandlers): void {
  const names: string[] = [];
  let at = text.indexOf('<');
  while (at !== -1 && at + 1 < text.length) {
    const next = text.charCodeAt(at + 1);
    let resume: number;
    if (next === 0x21)
      resume = skipMarkupDeclaration(text, at); // "<!"
    else if (next === 0x3f)
      resume = past(text, '>', at + 2); // "<?"
    else if (next === SLASH) resume = readEndTag(text, at, handlers, names);
    else if (endsName(next))
      resume = at + 1; // a bare "<" in text
    else resume = readOpenTag(text, at, handlers, names);
    if (resume === -1) break;
    at = text.indexOf('<', resume);
  }
  while (names.length > 0) {
    names.pop();
    handlers.close(undefined);
  }
}
