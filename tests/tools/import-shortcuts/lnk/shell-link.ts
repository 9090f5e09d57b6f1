/**
 * Reads a Windows Shell Link (.lnk) file, per [MS-SHLLINK]: the header, the LinkInfo paths (local base path and
 * network share), the StringData (name, relative path, working directory, arguments, icon location; Unicode or
 * ANSI) and the environment-variable target of the ExtraData. The ID list (shell item ids) is skipped.
 * Throws a LnkError saying what is wrong and at which offset when the file is not a shell link or is cut short.
 */
import { decodeWindows1252 } from '../../windows-1252';

export interface ShellLink {
  isUnicode: boolean;
  /** LinkInfo: LocalBasePath + CommonPathSuffix, e.g. C:\Program Files\Google\Chrome\Application\chrome.exe */
  localPath?: string;
  /** LinkInfo: NetName + CommonPathSuffix, e.g. \\fileserver\apps\tool.exe */
  networkPath?: string;
  /** EnvironmentVariableDataBlock target, e.g. %ProgramFiles%\Microsoft\Edge\Application\msedge.exe */
  environmentTarget?: string;
  name?: string;
  relativePath?: string;
  workingDir?: string;
  arguments?: string;
  iconLocation?: string;
}

export class LnkError extends Error {}

const HEADER_SIZE = 0x4c;
const LINK_CLSID = '0114020000000000c000000000000046';
const FLAGS = {
  hasLinkTargetIdList: 0x1,
  hasLinkInfo: 0x2,
  hasName: 0x4,
  hasRelativePath: 0x8,
  hasWorkingDir: 0x10,
  hasArguments: 0x20,
  hasIconLocation: 0x40,
  isUnicode: 0x80,
  forceNoLinkInfo: 0x100,
} as const;
const ENVIRONMENT_BLOCK = 0xa0000001;

class Reader {
  readonly view: DataView;
  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  need(offset: number, length: number, what: string): void {
    if (offset < 0 || offset + length > this.bytes.length) {
      throw new LnkError(`${what} at offset ${offset} goes past the end of the file (${this.bytes.length} bytes)`);
    }
  }
  u16(offset: number, what: string): number {
    this.need(offset, 2, what);
    return this.view.getUint16(offset, true);
  }
  u32(offset: number, what: string): number {
    this.need(offset, 4, what);
    return this.view.getUint32(offset, true);
  }
  /** A NUL-terminated string: ANSI (one byte per character) or UTF-16 LE. */
  cString(offset: number, unicode: boolean, what: string): string {
    const step = unicode ? 2 : 1;
    let end = offset;
    for (;;) {
      this.need(end, step, what);
      if ((unicode ? this.view.getUint16(end, true) : this.bytes[end]) === 0) break;
      end += step;
    }
    return decode(this.bytes.subarray(offset, end), unicode);
  }
}

/** ANSI strings are in the system code page; windows-1252 is Western Europe's (and decodes every byte). */
function decode(bytes: Uint8Array, unicode: boolean): string {
  return unicode ? new TextDecoder('utf-16le').decode(bytes) : decodeWindows1252(bytes);
}

function hex(bytes: Uint8Array): string {
  return [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

function joinPath(base: string, suffix: string): string {
  if (!suffix) return base;
  return base.endsWith('\\') ? `${base}${suffix}` : `${base}\\${suffix}`;
}

function readLinkInfo(reader: Reader, start: number, link: ShellLink): number {
  const size = reader.u32(start, 'LinkInfoSize');
  const headerSize = reader.u32(start + 4, 'LinkInfoHeaderSize');
  const flags = reader.u32(start + 8, 'LinkInfoFlags');
  const unicodeOffsets = headerSize >= 0x24;
  const suffixOffset = unicodeOffsets
    ? reader.u32(start + 0x20, 'CommonPathSuffixOffsetUnicode')
    : reader.u32(start + 0x18, 'CommonPathSuffixOffset');
  const suffix = suffixOffset ? reader.cString(start + suffixOffset, unicodeOffsets, 'CommonPathSuffix') : '';
  if (flags & 0x1) {
    const offset = unicodeOffsets
      ? reader.u32(start + 0x1c, 'LocalBasePathOffsetUnicode')
      : reader.u32(start + 0x10, 'LocalBasePathOffset');
    link.localPath = joinPath(reader.cString(start + offset, unicodeOffsets, 'LocalBasePath'), suffix);
  }
  if (flags & 0x2) {
    const networkStart = start + reader.u32(start + 0x14, 'CommonNetworkRelativeLinkOffset');
    const netNameOffset = reader.u32(networkStart + 8, 'NetNameOffset');
    const unicodeName = netNameOffset > 0x14;
    const nameOffset = unicodeName ? reader.u32(networkStart + 0x14, 'NetNameOffsetUnicode') : netNameOffset;
    link.networkPath = joinPath(reader.cString(networkStart + nameOffset, unicodeName, 'NetName'), suffix);
  }
  return start + size;
}

function readExtraData(reader: Reader, start: number, link: ShellLink): void {
  let offset = start;
  while (offset + 4 <= reader.bytes.length) {
    const size = reader.u32(offset, 'ExtraData BlockSize');
    if (size < 8) return; // TerminalBlock (or padding)
    if (reader.u32(offset + 4, 'ExtraData BlockSignature') === ENVIRONMENT_BLOCK && size >= 788) {
      reader.need(offset, 788, 'EnvironmentVariableDataBlock');
      const unicode = decode(reader.bytes.subarray(offset + 268, offset + 788), true).split('\0')[0];
      const ansi = decode(reader.bytes.subarray(offset + 8, offset + 268), false).split('\0')[0];
      link.environmentTarget = unicode || ansi || undefined;
    }
    offset += size;
  }
}

export function parseShellLink(bytes: Uint8Array): ShellLink {
  const reader = new Reader(bytes);
  if (bytes.length < HEADER_SIZE || reader.u32(0, 'HeaderSize') !== HEADER_SIZE) {
    throw new LnkError('not a shell link: the header size is not 0x4C');
  }
  if (hex(bytes.subarray(4, 20)) !== LINK_CLSID) throw new LnkError('not a shell link: wrong LinkCLSID');
  const flags = reader.u32(20, 'LinkFlags');
  const unicode = (flags & FLAGS.isUnicode) !== 0;
  const link: ShellLink = { isUnicode: unicode };
  let offset = HEADER_SIZE;
  if (flags & FLAGS.hasLinkTargetIdList) offset += 2 + reader.u16(offset, 'IDListSize');
  if (flags & FLAGS.hasLinkInfo && !(flags & FLAGS.forceNoLinkInfo)) offset = readLinkInfo(reader, offset, link);
  const strings = [
    [FLAGS.hasName, 'name'],
    [FLAGS.hasRelativePath, 'relativePath'],
    [FLAGS.hasWorkingDir, 'workingDir'],
    [FLAGS.hasArguments, 'arguments'],
    [FLAGS.hasIconLocation, 'iconLocation'],
  ] as const;
  for (const [flag, field] of strings) {
    if (!(flags & flag)) continue;
    const count = reader.u16(offset, `${field} CountCharacters`);
    const length = count * (unicode ? 2 : 1);
    reader.need(offset + 2, length, field);
    link[field] = decode(bytes.subarray(offset + 2, offset + 2 + length), unicode);
    offset += 2 + length;
  }
  readExtraData(reader, offset, link);
  return link;
}
