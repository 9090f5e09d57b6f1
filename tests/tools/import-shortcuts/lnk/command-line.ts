/**
 * Splits a Windows command line the way programs built with the Microsoft C runtime do: spaces separate
 * arguments, double quotes group, a backslash escapes a quote. Enough for browser arguments (addresses, flags).
 */
export function splitCommandLine(line: string): string[] {
  const args: string[] = [];
  let current = '';
  let quoted = false;
  let started = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i] ?? '';
    if (char === '\\' && line[i + 1] === '"') {
      current += '"';
      i++;
      started = true;
    } else if (char === '"') {
      quoted = !quoted;
      started = true;
    } else if (/\s/.test(char) && !quoted) {
      if (started) args.push(current);
      current = '';
      started = false;
    } else {
      current += char;
      started = true;
    }
  }
  if (started) args.push(current);
  return args;
}
