// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runSteps } from '../../tools/test-run/steps';

describe("npm test's check steps", () => {
  afterEach(() => vi.restoreAllMocks());

  it('runs every step after a failure, prints a quiet step’s output only when it fails, and says which failed', async () => {
    const printed: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      printed.push(String(chunk));
      return true;
    });
    const results = await runSteps(
      [
        { name: 'quiet ok', command: 'echo progress-line', quiet: true },
        { name: 'failing check', command: 'echo "src/a.ts(1,1): error TS2322" >&2; exit 2', quiet: true },
        { name: 'loud ok', command: 'echo Checked 3 files' },
      ],
      'prelude ',
    );
    expect(results.map(({ name, ok }) => [name, ok])).toEqual([
      ['quiet ok', true],
      ['failing check', false],
      ['loud ok', true],
    ]);
    const output = printed.join('');
    expect(output).not.toContain('progress-line');
    expect(output).toContain('prelude  │ src/a.ts(1,1): error TS2322\n');
    expect(output).toMatch(/prelude {2}│ ✗ failing check \(\d+\.\d s, exit code 2\)/);
    expect(output).toContain('prelude  │ Checked 3 files\n');
  });
});
