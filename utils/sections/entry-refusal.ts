/**
 * A refused entry's reason in words an editor can act on: which field, what is wrong, and how to fix it.
 * The messages are in English, like every diagnostic the hotline and IT read.
 */

const FIXES: Record<string, string> = {
  id: 'fill in a unique id (letters, digits, dashes)',
  title: 'fill in a title (in French, in English or both)',
  newUrl: 'write the full new address, starting with https://',
  oldUrls: 'write each old address in full, starting with https:// (end it with * to catch every page below it)',
  oldUrlPrefixes: 'write each prefix in full, starting with https://',
  movedOn: 'write the date as YYYY-MM-DD, e.g. 2026-09-15',
  aliases: 'keep at most 50 names of up to 200 characters',
  keywords: 'keep at most 50 words of up to 100 characters',
  breadcrumb: 'write the place in up to 500 characters',
  note: 'write the note in up to 500 characters',
};

/** "oldUrls.1: must be an absolute http(s) URL" → "oldUrls (value 2): … — write each old address in full, …". */
export function refusalWithFix(path: readonly PropertyKey[], message: string): string {
  const [field, index] = path;
  const name = typeof field === 'string' ? field : 'entry';
  const where = typeof index === 'number' ? `${name} (value ${index + 1})` : name;
  const fix = FIXES[name] ?? 'correct the row';
  return `${where}: ${message} — ${fix}`;
}

export const DUPLICATE_ID_FIX = 'give each row its own id';
export const LIMIT_FIX = 'split the index, or remove entries that no longer help';
export const INSECURE_FIX = 'use https://, or ask IT to list the origin in allowedInsecureOrigins';

/** An old address ending with "/" (not the site's root): exact by rule, though it may have been meant as a folder. */
export function folderLikeAddress(url: string): boolean {
  if (!url.endsWith('/') || !URL.canParse(url)) return false;
  return new URL(url).pathname.length > 1;
}

export const FOLDER_NOTICE =
  'looks like a folder: only this exact address is redirected — end it with * to catch every page below it, or leave it if that is intended';
