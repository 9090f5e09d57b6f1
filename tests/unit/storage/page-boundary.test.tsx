import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PageBoundary } from '@/components/common/PageBoundary';
import { EMPTY_SNAPSHOT, type PopupSnapshot } from '@/utils/snapshot/types';
import { App as PopupApp } from '../../../entrypoints/popup/App';
import en from '../../../public/_locales/en/messages.json';
import { catalogTranslator } from '../i18n/catalog-translator';
import { fakeConnector } from '../launcher/fake-connector';
import { demoTools } from '../launcher/fixtures';

afterEach(cleanup);

function Failing({ times }: { times: { left: number } }) {
  if (times.left > 0) {
    times.left -= 1;
    throw new TypeError('Cannot read properties of undefined');
  }
  return <p>painted</p>;
}

describe('the page error boundary', () => {
  it('forgets what the page painted from and paints it again after one failure', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const onFailure = vi.fn();
    render(
      <PageBoundary onFailure={onFailure}>
        <Failing times={{ left: 1 }} />
      </PageBoundary>,
    );
    expect(screen.getByText('painted')).toBeTruthy();
    expect(onFailure).toHaveBeenCalledTimes(1);
  });

  it('says so in English and French when painting fails again', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <PageBoundary>
        <Failing times={{ left: 2 }} />
      </PageBoundary>,
    );
    const alert = screen.getByRole('alert');
    expect(alert.querySelector('[lang="en"]')?.textContent).toMatch(/could not show this page/);
    expect(alert.querySelector('[lang="fr"]')?.textContent).toMatch(/n’a pas pu afficher cette page/);
  });

  it('repaints the popup from storage when its copy of the snapshot cannot be painted', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const good: PopupSnapshot = {
      ...EMPTY_SNAPSHOT,
      config: { ...EMPTY_SNAPSHOT.config, configured: true, sync: { state: 'ok' } },
      launcher: { ...EMPTY_SNAPSHOT.launcher, tools: demoTools },
    };
    // A copy whose contents cannot be painted (a list that is not one).
    let copy: unknown = { ...good, launcher: { ...good.launcher, tools: { length: 1 } } };
    const connector = { ...fakeConnector(good), peekSnapshot: () => copy as PopupSnapshot };
    render(
      <PageBoundary onFailure={() => (copy = null)}>
        <PopupApp connector={connector} t={catalogTranslator(en)} language="en" />
      </PageBoundary>,
    );
    const label = demoTools[0]?.label;
    expect(await screen.findByText(typeof label === 'string' ? label : (label?.en ?? ''))).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
