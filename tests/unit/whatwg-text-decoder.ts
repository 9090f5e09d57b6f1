/**
 * The browsers' windows-1252 for the unit tests. Node 20's TextDecoder reads bytes 0x80–0x9F as control characters
 * where browsers (WHATWG) read ’ € œ — …: the extension's decoders run in browsers, so a unit test of a feed or a
 * spreadsheet in windows-1252 checks what users see. A Node that decodes right is left as it is.
 */
import { asWindows1252 } from '../tools/windows-1252';

if (new TextDecoder('windows-1252').decode(Uint8Array.of(0x92)) !== '’') {
  const NodeTextDecoder = globalThis.TextDecoder;
  globalThis.TextDecoder = class extends NodeTextDecoder {
    override decode(...args: Parameters<TextDecoder['decode']>): string {
      const text = super.decode(...args);
      return this.encoding === 'windows-1252' ? asWindows1252(text) : text;
    }
  };
}
