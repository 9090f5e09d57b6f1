import { cleanup, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ToolHelpPanel } from '@/components/companion/ToolHelpPanel';
import { EMPTY_ADOPTION_SLICE } from '@/utils/adoption/slice';
import type { PageHelp } from '@/utils/companion/help-view';
import { axeViolations, renderIn } from '../adoption/support';
import { tabOrder } from './tab-order';

const toolHelp: PageHelp = {
  kind: 'tool',
  id: 'expenses',
  label: { fr: 'Notes de frais', en: 'Expenses' },
  howTo: { fr: 'Photographiez le justificatif d’abord.', en: 'Scan the receipt first.' },
  tutorials: [{ label: { fr: 'Vidéo', en: 'Video' }, url: 'https://esn.example.com/videos/expenses' }],
  hotline: { phone: '+33 1 23 45 67 89', email: 'expenses@example.com', url: 'https://support.example.com/' },
  knownIssues: [{ fr: 'Lent le lundi', en: 'Slow on Mondays' }],
  page: 'https://expenses.example.com/claims',
};

const sectionHelp: PageHelp = {
  kind: 'section',
  id: 'canteen',
  label: { fr: 'Menus de la cantine', en: 'Canteen menus' },
  tutorials: [],
  hotline: {},
  knownIssues: [],
  oldUrls: ['https://old.example.com/canteen'],
  page: 'https://intranet.example.com/life/canteen',
};

const adoption = {
  ...EMPTY_ADOPTION_SLICE,
  version: '1.4.0',
  help: { feedback: 'https://forms.example.com/new?context={context}' },
};

describe('the help for the page on screen', () => {
  afterEach(cleanup);

  it('shows a tool’s how-to, known issues, tutorials, hotline and suggestions in English', async () => {
    const { container } = renderIn('en', <ToolHelpPanel help={toolHelp} adoption={adoption} />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Help for Expenses');
    expect(screen.getByText('Scan the receipt first.')).toBeTruthy();
    expect(screen.getByTestId('tool-help-issues').textContent).toBe('Slow on Mondays');
    const tutorial = screen.getByRole('link', { name: /Video/ });
    expect(tutorial.getAttribute('href')).toBe('https://esn.example.com/videos/expenses');
    expect(screen.getByRole('link', { name: '+33 1 23 45 67 89' }).getAttribute('href')).toBe('tel:+33123456789');
    expect(screen.getByRole('link', { name: 'expenses@example.com' }).getAttribute('href')).toBe(
      'mailto:expenses@example.com',
    );
    const broken = screen.getByRole('link', { name: /Report a broken link/ }).getAttribute('href') ?? '';
    expect(decodeURIComponent(broken)).toBe(
      'https://forms.example.com/new?context=broken-link;tool=expenses;page=https://expenses.example.com/claims;version=1.4.0',
    );
    // "Suggest a tool" is about a tool not there yet: it does not name the one on screen.
    const suggest = screen.getByRole('link', { name: /Suggest a tool/ }).getAttribute('href') ?? '';
    expect(decodeURIComponent(suggest)).not.toContain('tool=');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('speaks French with French labels', () => {
    renderIn('fr', <ToolHelpPanel help={toolHelp} adoption={adoption} />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Aide pour Notes de frais');
    expect(screen.getByText('Photographiez le justificatif d’abord.')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Tutoriels' })).toBeTruthy();
    expect(screen.getByRole('link', { name: /Vidéo/ })).toBeTruthy();
    expect(screen.getByRole('link', { name: /Signaler un lien cassé/ })).toBeTruthy();
  });

  it('says a relocated section’s new page is the one on screen, without tool links', async () => {
    const { container } = renderIn('en', <ToolHelpPanel help={sectionHelp} adoption={adoption} />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('You are on the new page of “Canteen menus”');
    expect(screen.getByText('Its old addresses now lead here.')).toBeTruthy();
    expect(screen.queryByTestId('tool-help-tutorials')).toBeNull();
    const missing = screen.getByRole('link', { name: /This section is missing/ }).getAttribute('href') ?? '';
    expect(decodeURIComponent(missing)).toContain('page=https://intranet.example.com/life/canteen;');
    expect(decodeURIComponent(missing)).not.toContain('tool=');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('is reached link by link with the Tab key, in reading order', () => {
    const { container } = renderIn('en', <ToolHelpPanel help={toolHelp} adoption={adoption} />);
    const order = tabOrder(container).map((element) => element.getAttribute('href') ?? element.tagName);
    expect(order.slice(0, 4)).toEqual([
      'https://esn.example.com/videos/expenses',
      'tel:+33123456789',
      'mailto:expenses@example.com',
      'https://support.example.com/',
    ]);
    expect(order.slice(4)).toHaveLength(3);
    expect(order.slice(4).every((href) => href.startsWith('https://forms.example.com/'))).toBe(true);
  });

  it('shows no suggestion links without a feedback channel', () => {
    renderIn('en', <ToolHelpPanel help={toolHelp} adoption={EMPTY_ADOPTION_SLICE} />);
    expect(screen.queryByTestId('suggestions')).toBeNull();
  });
});
