/**
 * The text of an old intranet address, percent-decoded as leniently as the old servers wrote it: UTF-8 where the
 * bytes form it, else windows-1252, the code page of the old IIS and ASP intranets ("/rh/cong%E9s.aspx" is
 * "congés"); a "%" that starts no escape ("/promo-50%/") stays as written. decodeURIComponent alone throws on both.
 */
const ESCAPE_RUN = /(?:%[0-9a-f]{2})+/gi;

function decodeRun(run: string): string {
  const bytes = Uint8Array.from(run.slice(1).split('%'), (hex) => Number.parseInt(hex, 16));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

export function decodeAddressText(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text.replace(ESCAPE_RUN, decodeRun);
  }
}
