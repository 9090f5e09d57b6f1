/**
 * Writes Windows Shell Link (.lnk) files from [MS-SHLLINK], for the importer's tests: the header, an optional
 * LinkTargetIDList (one root item), LinkInfo with a local path (ANSI, plus Unicode when the path needs it) or a
 * network share, StringData in Unicode or ANSI, an optional EnvironmentVariableDataBlock, and the terminal block.
 */
import type { ShellLink } from '../../../tools/import-shortcuts/lnk/shell-link';
import { encodeWindows1252 } from '../../../tools/windows-1252';

/** The fields the reader returns as they are written; the network share is given in its two parts. */
export interface LnkSpec
  extends Pick<
    ShellLink,
    'localPath' | 'environmentTarget' | 'name' | 'relativePath' | 'workingDir' | 'arguments' | 'iconLocation'
  > {
  unicode: boolean;
  idList?: boolean;
  network?: { netName: string; suffix: string };
}

const CLSID = [0x01, 0x14, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xc0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x46];
/** The "My Computer" root item: type 0x1F, sort 0x50, then its CLSID {20D04FE0-3AEA-1069-A2D8-08002B30309D}. */
const MY_COMPUTER_ITEM = [
  0x14, 0x00, 0x1f, 0x50, 0xe0, 0x4f, 0xd0, 0x20, 0xea, 0x3a, 0x69, 0x10, 0xa2, 0xd8, 0x08, 0x00, 0x2b, 0x30, 0x30,
  0x9d,
];

function u16(value: number): number[] {
  return [value & 0xff, (value >> 8) & 0xff];
}

function u32(value: number): number[] {
  return [value & 0xff, (value >> 8) & 0xff, (value >> 16) & 0xff, (value >>> 24) & 0xff];
}

/** ANSI: the Western code page; the characters it lacks become "?" as Windows writes them. */
function ansi(text: string): number[] {
  return [...encodeWindows1252(text)];
}

function utf16(text: string): number[] {
  return [...text].flatMap((_, i) => u16(text.charCodeAt(i))).slice(0, text.length * 2);
}

function needsUnicode(text: string): boolean {
  return [...text].some((char) => char.charCodeAt(0) > 0x7f);
}

function localLinkInfo(path: string): number[] {
  const unicode = needsUnicode(path);
  const headerSize = unicode ? 0x24 : 0x1c;
  const volumeId = [...u32(0x11), ...u32(3), ...u32(0x1234abcd), ...u32(0x10), 0x00];
  const base = [...ansi(path), 0];
  const suffix = [0];
  const volumeOffset = headerSize;
  const baseOffset = volumeOffset + volumeId.length;
  const suffixOffset = baseOffset + base.length;
  const unicodeBase = unicode ? [...utf16(path), 0, 0] : [];
  const unicodeBaseOffset = suffixOffset + suffix.length;
  const unicodeSuffixOffset = unicodeBaseOffset + unicodeBase.length;
  const body = [...volumeId, ...base, ...suffix, ...unicodeBase, ...(unicode ? [0, 0] : [])];
  const header = [
    ...u32(headerSize + body.length),
    ...u32(headerSize),
    ...u32(0x1),
    ...u32(volumeOffset),
    ...u32(baseOffset),
    ...u32(0),
    ...u32(suffixOffset),
    ...(unicode ? [...u32(unicodeBaseOffset), ...u32(unicodeSuffixOffset)] : []),
  ];
  return [...header, ...body];
}

function networkLinkInfo(netName: string, suffix: string): number[] {
  const headerSize = 0x1c;
  const name = [...ansi(netName), 0];
  const link = [...u32(0x14 + name.length), ...u32(0x2), ...u32(0x14), ...u32(0), ...u32(0x00020000), ...name];
  const suffixBytes = [...ansi(suffix), 0];
  const header = [
    ...u32(headerSize + link.length + suffixBytes.length),
    ...u32(headerSize),
    ...u32(0x2),
    ...u32(0),
    ...u32(0),
    ...u32(headerSize),
    ...u32(headerSize + link.length),
  ];
  return [...header, ...link, ...suffixBytes];
}

function environmentBlock(target: string): number[] {
  const ansiPart = [...ansi(target), ...new Array(260).fill(0)].slice(0, 260);
  const unicodePart = [...utf16(target), ...new Array(520).fill(0)].slice(0, 520);
  return [...u32(0x314), ...u32(0xa0000001), ...ansiPart, ...unicodePart];
}

export function writeLnk(spec: LnkSpec): Uint8Array {
  const strings = [spec.name, spec.relativePath, spec.workingDir, spec.arguments, spec.iconLocation];
  const linkInfo = spec.localPath
    ? localLinkInfo(spec.localPath)
    : spec.network
      ? networkLinkInfo(spec.network.netName, spec.network.suffix)
      : [];
  let flags = spec.unicode ? 0x80 : 0;
  if (spec.idList) flags |= 0x1;
  if (linkInfo.length) flags |= 0x2;
  strings.forEach((value, i) => {
    if (value !== undefined) flags |= 0x4 << i;
  });
  if (spec.environmentTarget) flags |= 0x200;
  const header = [
    ...u32(0x4c),
    ...CLSID,
    ...u32(flags),
    ...u32(0x20), // FILE_ATTRIBUTE_ARCHIVE
    ...new Array(24).fill(0), // creation, access and write times
    ...u32(0), // file size
    ...u32(0), // icon index
    ...u32(1), // SW_SHOWNORMAL
    ...u16(0), // hot key
    ...new Array(10).fill(0), // reserved
  ];
  const idList = spec.idList ? [...u16(MY_COMPUTER_ITEM.length + 2), ...MY_COMPUTER_ITEM, 0, 0] : [];
  const stringData = strings.flatMap((value) =>
    value === undefined ? [] : [...u16(value.length), ...(spec.unicode ? utf16(value) : ansi(value))],
  );
  const extra = [...(spec.environmentTarget ? environmentBlock(spec.environmentTarget) : []), ...u32(0)];
  return Uint8Array.from([...header, ...idList, ...linkInfo, ...stringData, ...extra]);
}
