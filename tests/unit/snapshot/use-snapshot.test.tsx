import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { useSnapshot } from '@/components/common/use-snapshot';
import type { Connector } from '@/utils/connector/connector';
import { EMPTY_SNAPSHOT, type PopupSnapshot } from '@/utils/snapshot/types';

const named = (esnName: string): PopupSnapshot => ({
  ...EMPTY_SNAPSHOT,
  config: { ...EMPTY_SNAPSHOT.config, configured: true, esnName },
});

function Probe({ connector }: { connector: Connector }) {
  const snapshot = useSnapshot(connector);
  return <p data-testid="name">{snapshot ? String(snapshot.config.esnName) : 'none'}</p>;
}

/** A connector whose stored read is answered when the test says so. */
function connectorWith(peeked: PopupSnapshot | null) {
  let answer: (snapshot: PopupSnapshot) => void = () => {};
  let publish: (snapshot: PopupSnapshot) => void = () => {};
  const connector: Connector = {
    peekSnapshot: () => peeked,
    getSnapshot: () => new Promise((resolve) => (answer = resolve)),
    subscribe: (listener) => {
      publish = listener;
      return () => {};
    },
    send: () => Promise.resolve(undefined as never),
  };
  return { connector, answer: (s: PopupSnapshot) => answer(s), publish: (s: PopupSnapshot) => publish(s) };
}

afterEach(cleanup);

describe('useSnapshot', () => {
  it('paints the copy the page kept in the first render, then the stored snapshot', async () => {
    const { connector, answer } = connectorWith(named('Kept'));
    render(<Probe connector={connector} />);
    expect(screen.getByTestId('name').textContent).toBe('Kept');
    answer(named('Stored'));
    await waitFor(() => expect(screen.getByTestId('name').textContent).toBe('Stored'));
  });

  it('has nothing to paint until the stored read answers when no copy was kept', async () => {
    const { connector, answer } = connectorWith(null);
    render(<Probe connector={connector} />);
    expect(screen.getByTestId('name').textContent).toBe('none');
    answer(named('Stored'));
    await waitFor(() => expect(screen.getByTestId('name').textContent).toBe('Stored'));
  });

  it('keeps a change published during the first read over that read’s older value', async () => {
    const { connector, answer, publish } = connectorWith(named('Kept'));
    render(<Probe connector={connector} />);
    publish(named('Published'));
    await waitFor(() => expect(screen.getByTestId('name').textContent).toBe('Published'));
    answer(named('Stored before the change'));
    // The read's answer is handled on the next microtask; let it run, then check it changed nothing.
    await Promise.resolve();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(screen.getByTestId('name').textContent).toBe('Published');
  });
});
