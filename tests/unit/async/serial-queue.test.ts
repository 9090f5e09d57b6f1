// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { alreadyLogged, createSerialQueue } from '@/utils/async/serial-queue';

/** A promise the test settles by hand. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

describe('createSerialQueue', () => {
  it('runs one task at a time, in the order asked, and answers each task’s own result', async () => {
    const queue = createSerialQueue('test', vi.fn());
    const first = deferred<string>();
    const started: string[] = [];
    const a = queue.run('first', () => {
      started.push('first');
      return first.promise;
    });
    const b = queue.run('second', () => {
      started.push('second');
      return 2;
    });
    await Promise.resolve();
    expect(started).toEqual(['first']);
    first.resolve('one');
    expect(await a).toBe('one');
    expect(await b).toBe(2);
    expect(started).toEqual(['first', 'second']);
  });

  it('logs a failed task with its names, gives its caller the rejection, and runs the next task', async () => {
    const log = vi.fn();
    const queue = createSerialQueue('launcher', log);
    const failure = new Error('disk full');
    const failed = queue.run('update the personal state', async () => {
      throw failure;
    });
    const next = queue.run('publish', () => 'published');
    await expect(failed).rejects.toBe(failure);
    expect(await next).toBe('published');
    expect(log).toHaveBeenCalledTimes(1);
    expect(log).toHaveBeenCalledWith('Passerelle: launcher: could not update the personal state', failure);
  });

  it('settles idle() once everything queued so far has settled, failures included', async () => {
    const queue = createSerialQueue('test', vi.fn());
    const slow = deferred<void>();
    let settled = false;
    queue.run('slow', () => slow.promise).catch(alreadyLogged);
    const idle = queue.idle().then(() => {
      settled = true;
    });
    await Promise.resolve();
    expect(settled).toBe(false);
    slow.reject(new Error('gone'));
    await idle;
    expect(settled).toBe(true);
  });

  it('turns a task that throws synchronously into a rejection of that task only', async () => {
    const queue = createSerialQueue('test', vi.fn());
    const thrown = queue.run('throw', () => {
      throw new Error('at once');
    });
    await expect(thrown).rejects.toThrow('at once');
    expect(await queue.run('after', () => 'still running')).toBe('still running');
  });
});
