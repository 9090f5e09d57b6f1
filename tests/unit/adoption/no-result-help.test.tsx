import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { NoResultHelp } from '@/components/adoption/NoResultHelp';
import { axeViolations, configuredSnapshot, fakeConnector, renderIn } from './support';

const withHelp = configuredSnapshot({
  help: {
    help: 'https://esn.example/aide',
    hotlinePhone: '+33 1 23 45 67 89',
    feedback: 'https://esn.example/retours?q={query}&ctx={context}',
  },
});

describe('a search with no result leads somewhere', () => {
  afterEach(cleanup);

  it('offers "I didn’t find" with the words searched, the help page and the hotline', async () => {
    const { connector } = fakeConnector(withHelp);
    const { container } = renderIn(
      'fr',
      <NoResultHelp snapshot={withHelp} connector={connector} query="menus cantine" />,
    );
    const links = [...screen.getByTestId('no-result-help').querySelectorAll('a')];
    expect(links).toHaveLength(3);
    const feedback = new URL(links[0]?.getAttribute('href') ?? '');
    expect(feedback.origin + feedback.pathname).toBe('https://esn.example/retours');
    expect(feedback.searchParams.get('q')).toBe('menus cantine');
    expect(links[1]?.getAttribute('href')).toBe('https://esn.example/aide');
    expect(links[2]?.getAttribute('href')).toMatch(/^tel:\+33123456789$/);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('counts the sequence "search with no result → help" when one is followed', () => {
    const { connector, sent } = fakeConnector(withHelp);
    renderIn('en', <NoResultHelp snapshot={withHelp} connector={connector} query="canteen" />);
    const help = screen.getByTestId('no-result-help').querySelectorAll('a')[1] as HTMLAnchorElement;
    help.addEventListener('click', (event) => event.preventDefault());
    fireEvent.click(help);
    expect(sent).toContainEqual({
      action: 'recordIndicator',
      data: { kind: 'sequence', sequence: 'emptySearch>help' },
    });
  });

  it('renders nothing when the organisation configured no help at all', () => {
    const bare = configuredSnapshot();
    renderIn('en', <NoResultHelp snapshot={bare} connector={fakeConnector(bare).connector} query="canteen" />);
    expect(screen.queryByTestId('no-result-help')).toBeNull();
  });
});
