// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { decodeWindows1252, encodeWindows1252, windows1252Byte } from '../../tools/windows-1252';

describe('windows-1252', () => {
  it('reads 0x80–0x9F as Windows and browsers do, not as Latin-1 control characters', () => {
    const bytes = Uint8Array.of(0x64, 0x92, 0x61, 0x20, 0x80, 0x20, 0x9c, 0x85, 0x20, 0x96, 0x20, 0x8c, 0xe9);
    expect(decodeWindows1252(bytes)).toBe('d’a € œ… – Œé');
  });

  it('keeps the five bytes Windows leaves undefined as WHATWG does', () => {
    expect(decodeWindows1252(Uint8Array.of(0x81, 0x8d, 0x8f, 0x90, 0x9d))).toBe('\u0081\u008d\u008f\u0090\u009d');
  });

  it('writes each character back to its byte, and none for what the code page lacks', () => {
    const every = Uint8Array.from({ length: 256 }, (_, byte) => byte);
    expect([...decodeWindows1252(every)].map(windows1252Byte)).toEqual([...every]);
    expect(windows1252Byte('Д')).toBeUndefined();
    expect([...encodeWindows1252('d’œ€ Д')]).toEqual([0x64, 0x92, 0x9c, 0x80, 0x20, 0x3f]);
  });
});
