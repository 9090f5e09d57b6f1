/** Reads the generated ADMX/ADML with a maintained XML parser, for the structure tests. */
import { XMLParser } from 'fast-xml-parser';

export type Node = Record<string, unknown>;

const ALWAYS_ARRAYS = new Set([
  'category',
  'definition',
  'policy',
  'string',
  'presentation',
  'text',
  'decimal',
  'list',
  'textBox',
  'decimalTextBox',
  'listBox',
]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  trimValues: false,
  isArray: (name) => ALWAYS_ARRAYS.has(name),
});

export function parseXml(text: string): Node {
  return parser.parse(text) as Node;
}

export function child(node: unknown, name: string): Node {
  return ((node as Node | undefined)?.[name] ?? {}) as Node;
}

export function children(node: unknown, name: string): Node[] {
  return ((node as Node | undefined)?.[name] ?? []) as Node[];
}

export function attr(node: unknown, name: string): string {
  return String((node as Node | undefined)?.[`@${name}`] ?? '');
}
