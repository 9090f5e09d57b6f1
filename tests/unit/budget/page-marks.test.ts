import { EventEmitter } from 'node:events';
import type { Page } from 'playwright-core';
import { afterEach, expect, it, vi } from 'vitest';
import { markWhen, readMarks } from '../../bench/harness/page-marks';

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

/** What the bench reads of the console: each call's arguments joined by spaces, as Playwright's message.text(). */
function consoleLines(): string[] {
  const lines: string[] = [];
  vi.spyOn(console, 'debug').mockImplementation((...args: unknown[]) => {
    lines.push(args.join(' '));
  });
  return lines;
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

it('notes each mark once, in the order given: a later mark waits for the earlier ones', async () => {
  const lines = consoleLines();
  // The very text the bench installs in the page, run as the page runs it.
  new Function(
    markWhen({
      tools: `document.querySelector('.tool') !== null`,
      change: `document.body.textContent.includes('Renamed')`,
    }),
  )();
  document.body.append(Object.assign(document.createElement('p'), { textContent: 'Renamed' }));
  await flush();
  expect(lines).toEqual([]);
  document.body.append(Object.assign(document.createElement('div'), { className: 'tool' }));
  await flush();
  document.body.append(document.createElement('span'));
  await flush();
  expect(lines.map((line) => line.split(' ').slice(0, 2).join(' '))).toEqual([
    '__benchMark tools',
    '__benchMark change',
  ]);
  expect(Number(lines[0]?.split(' ')[2])).toBeGreaterThan(0);
});

it('gives a mark noted before or after it is asked for, and says which one never came', async () => {
  const page = Object.assign(new EventEmitter(), { url: () => 'chrome-extension://x/popup.html' });
  const marks = readMarks(page as unknown as Page, 50);
  const say = (text: string) => page.emit('console', { text: () => text });
  say('__benchMark content 12.5');
  say('unrelated 1 2');
  expect(await marks.at('content')).toBe(12.5);
  const result = marks.at('result');
  say('__benchMark result 40.25');
  expect(await result).toBe(40.25);
  await expect(marks.at('never')).rejects.toThrow('chrome-extension://x/popup.html never noted "never"');
});
