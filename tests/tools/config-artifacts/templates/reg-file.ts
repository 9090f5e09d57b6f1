/**
 * Windows .reg text. regedit reads a .reg file as UTF-16 LE when it starts with the byte-order mark, and in the
 * ANSI code page otherwise: a file with an accented value must be UTF-16, or "é" arrives as "Ã©".
 */
export type Hive = 'HKEY_LOCAL_MACHINE' | 'HKEY_CURRENT_USER';

export const REG_HEADER = 'Windows Registry Editor Version 5.00';

export function regString(value: string): string {
  return `"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
}

/** A .reg value: strings as REG_SZ, booleans and integers as REG_DWORD, lists and objects as JSON in REG_SZ. */
export function regValue(value: unknown): string {
  if (typeof value === 'boolean') return `dword:${value ? '00000001' : '00000000'}`;
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) {
    return `dword:${value.toString(16).padStart(8, '0')}`;
  }
  return regString(typeof value === 'string' ? value : JSON.stringify(value));
}

/** Lines → .reg text with Windows line ends. */
export function regText(lines: readonly string[]): string {
  return `${[REG_HEADER, '', ...lines].join('\r\n')}\r\n`;
}

/** The bytes to write: plain ASCII as is, anything else as UTF-16 LE with a byte-order mark. */
export function regBytes(text: string): Uint8Array {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the test is "only 7-bit characters".
  if (/^[\x00-\x7f]*$/.test(text)) return new TextEncoder().encode(text);
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes[0] = 0xff;
  bytes[1] = 0xfe;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    bytes[2 + i * 2] = unit & 0xff;
    bytes[3 + i * 2] = unit >> 8;
  }
  return bytes;
}
