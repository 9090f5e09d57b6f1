/** Writes a path the way an administrator reads it: tools[3].url, esn.name, links["odd key"]. */
export type PathSegment = string | number;

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
const MAX_KEY_SHOWN = 60;

export function formatPath(segments: readonly PathSegment[]): string {
  let out = '';
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (IDENTIFIER.test(segment) && segment.length <= MAX_KEY_SHOWN) out += out ? `.${segment}` : segment;
    else {
      const shown = segment.length > MAX_KEY_SHOWN ? `${segment.slice(0, MAX_KEY_SHOWN)}…` : segment;
      out += `[${JSON.stringify(shown)}]`;
    }
  }
  return out || ROOT_PATH;
}

/** The path of a whole document or policy. */
export const ROOT_PATH = '(root)';
