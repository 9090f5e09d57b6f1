/** Running one command of `npm test` as a named step: its output prefixed with a label, its result and its time. */
import { spawn } from 'node:child_process';

export interface StepResult {
  name: string;
  ok: boolean;
  seconds: number;
}

export interface Step {
  name: string;
  /** A shell command line, as in package.json's scripts. */
  command: string;
  /** Its output printed only when it fails (the builds' progress lines), else always (tsc, biome, web-ext lint). */
  quiet?: boolean;
}

export function forwardLines(stream: NodeJS.ReadableStream, onLine: (line: string) => void): void {
  let pending = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => {
    const lines = (pending + chunk).split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) onLine(line);
  });
  stream.on('end', () => {
    if (pending) onLine(pending);
  });
}

export const printLine = (prefix: string) => (line: string) => process.stdout.write(`${prefix}${line}\n`);

export function runStep(step: Step, label: string): Promise<StepResult> {
  const started = Date.now();
  const child = spawn('sh', ['-c', step.command], { stdio: ['ignore', 'pipe', 'pipe'] });
  const print = printLine(`${label} │ `);
  const kept: string[] = [];
  for (const stream of [child.stdout, child.stderr])
    forwardLines(stream, step.quiet ? (line) => kept.push(line) : print);
  return new Promise((resolve) => {
    child.on('close', (code) => {
      const ok = code === 0;
      const seconds = (Date.now() - started) / 1000;
      if (!ok) for (const line of kept) print(line);
      print(`${ok ? '✓' : '✗'} ${step.name} (${seconds.toFixed(1)} s${ok ? '' : `, exit code ${code}`})`);
      resolve({ name: step.name, ok, seconds });
    });
  });
}

/** Runs the steps one after the other, every one even after a failure (each says what it found). */
export async function runSteps(steps: readonly Step[], label: string): Promise<StepResult[]> {
  const results: StepResult[] = [];
  for (const step of steps) results.push(await runStep(step, label));
  return results;
}
