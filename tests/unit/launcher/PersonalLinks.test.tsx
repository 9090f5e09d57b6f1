import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '@/components/common/i18n';
import { Launcher } from '@/components/launcher/Launcher';
import type { Connector } from '@/utils/connector/connector';
import type { Language } from '@/utils/i18n/translator';
import type { PersonalLink } from '@/utils/launcher/personal';
import { checkLink, type LinkInput } from '@/utils/launcher/personal-links';
import type { LauncherSlice } from '@/utils/launcher/slice';
import { EMPTY_SNAPSHOT } from '@/utils/snapshot/types';
import en from '../../../public/_locales/en/messages.json';
import fr from '../../../public/_locales/fr/messages.json';
import { catalogTranslator } from '../i18n/catalog-translator';
import type { SentAction } from './fake-connector';
import { demoTools } from './fixtures';

const WIKI: PersonalLink = { id: 'wiki', label: 'Team wiki', url: 'https://wiki.example.com/team' };
const PLANNING: PersonalLink = { id: 'planning', label: 'Planning', url: 'https://www.planning.example/' };

/**
 * The launcher with a connector that behaves like the background for personal links: it checks what is added
 * with the background's own rules and publishes the new list, as a new snapshot would.
 */
function renderLauncher(
  personalLinks: LauncherSlice['personalLinks'],
  options: { language?: Language; favourites?: string[] } = {},
) {
  const sent: SentAction[] = [];
  let publish: (change: (links: PersonalLink[]) => PersonalLink[]) => void = () => {};
  let added = 0;
  const connector: Connector = {
    getSnapshot: () => Promise.resolve(EMPTY_SNAPSHOT),
    subscribe: () => () => {},
    send: (action, ...data) => {
      sent.push({ action, data: data[0] });
      if (action === 'addPersonalLink') {
        const checked = checkLink(data[0] as LinkInput, []);
        if (!checked.ok) return Promise.resolve(checked as never);
        const link = { id: `added-${++added}`, label: checked.label, url: checked.url };
        publish((links) => [...links, link]);
        return Promise.resolve({ ok: true, linkId: link.id } as never);
      }
      if (action === 'removePersonalLink') {
        const { linkId } = data[0] as { linkId: string };
        publish((links) => links.filter((link) => link.id !== linkId));
      }
      return Promise.resolve(undefined as never);
    },
  };
  const language = options.language ?? 'en';
  const t = catalogTranslator(language === 'fr' ? fr : en);
  function Harness() {
    const [links, setLinks] = useState(personalLinks?.links ?? []);
    publish = (change) => setLinks(change);
    const slice: LauncherSlice = {
      tools: demoTools,
      favourites: options.favourites ?? [],
      recents: [],
      hidden: [],
      focusExistingTab: false,
      ...(personalLinks && { personalLinks: { links, max: personalLinks.max } }),
    };
    return (
      <I18nProvider value={{ t, language }}>
        <Launcher slice={slice} syncState="ok" connector={connector} />
      </I18nProvider>
    );
  }
  render(<Harness />);
  return { sent, input: screen.getByRole('combobox') };
}

/** Waits until the list shows search results (the search library loads on the first key). */
async function searchResultIds(): Promise<string[]> {
  await vi.waitFor(() => expect(document.querySelector('[data-mode=search]')).not.toBeNull());
  return screen.getAllByRole('option').map((option) => option.getAttribute('data-result-id') ?? '');
}

function groupLabels(): string[] {
  return screen
    .getAllByRole('group')
    .map((group) => document.getElementById(group.getAttribute('aria-labelledby') ?? '')?.textContent ?? '');
}

/** The organising view is loaded on demand: wait for it (generously: the import is slow on a loaded machine). */
const LOADED = { timeout: 10_000 };

function openOrganise() {
  fireEvent.click(screen.getByRole('button', { name: 'Organise' }));
  return screen.findByRole('region', { name: 'My links' }, LOADED);
}

function addLink(label: string, url: string) {
  const region = screen.getByRole('region', { name: 'My links' });
  fireEvent.input(within(region).getByRole('textbox', { name: 'Name' }), { target: { value: label } });
  fireEvent.input(within(region).getByRole('textbox', { name: 'Address' }), { target: { value: url } });
  // Enter in a field submits the form (the browser's implicit submission through its submit button).
  const form = within(region).getByRole('button', { name: 'Add the link' }).closest('form');
  if (!form) throw new Error('no form');
  fireEvent.submit(form);
}

afterEach(cleanup);

describe('personal links in the launcher', () => {
  it('lists "My links" after the favourites, with their host, and opens them like links', () => {
    const { sent } = renderLauncher({ links: [WIKI, PLANNING], max: 20 }, { favourites: ['payslips'] });
    expect(groupLabels().slice(0, 3)).toEqual(['Favourites', 'My links', 'Bookings']);
    const group = screen.getByRole('group', { name: 'My links' });
    const options = within(group).getAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual([
      'Team wikiwiki.example.com',
      'Planningplanning.example',
    ]);
    fireEvent.click(options[0] as HTMLElement);
    fireEvent.click(options[0] as HTMLElement, { ctrlKey: true });
    fireEvent(options[1] as HTMLElement, new MouseEvent('auxclick', { button: 1, bubbles: true }));
    fireEvent.click(options[1] as HTMLElement, { shiftKey: true });
    expect(sent).toEqual([
      { action: 'openPersonalLink', data: { linkId: 'wiki', disposition: 'newTab' } },
      { action: 'openPersonalLink', data: { linkId: 'wiki', disposition: 'backgroundTab' } },
      { action: 'openPersonalLink', data: { linkId: 'planning', disposition: 'backgroundTab' } },
      { action: 'openPersonalLink', data: { linkId: 'planning', disposition: 'newWindow' } },
    ]);
  });

  it('finds a link in the one search box (typo-tolerant, by its host too) and Enter opens it', async () => {
    const { input, sent } = renderLauncher({ links: [WIKI, PLANNING], max: 20 });
    fireEvent.input(input, { target: { value: 'wikki' } });
    expect((await searchResultIds())[0]).toBe('wiki');
    expect(screen.getByRole('group', { name: 'My links' })).toBeTruthy();
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(sent).toEqual([{ action: 'openPersonalLink', data: { linkId: 'wiki', disposition: 'newTab' } }]);
    fireEvent.input(input, { target: { value: 'planning.example' } });
    await vi.waitFor(async () => expect((await searchResultIds())[0]).toBe('planning'));
  });

  it('adds a link from the keyboard: listed, announced, and the focus back in the name field', async () => {
    renderLauncher({ links: [], max: 20 });
    const region = await openOrganise();
    expect(within(region).getByText('You have not added any links yet.')).toBeTruthy();
    addLink('  Wiki RH ', 'intranet.example.com/rh');
    await within(region).findByText('“Wiki RH” was added to your links.');
    const row = within(region).getByRole('listitem');
    expect(row.textContent).toContain('Wiki RH');
    expect(row.textContent).toContain('intranet.example.com');
    const name = within(region).getByRole('textbox', { name: 'Name' }) as HTMLInputElement;
    expect(document.activeElement).toBe(name);
    expect(name.value).toBe('');
    expect(within(region).getByText('Your own links, for you only, in this browser (1 of 20).')).toBeTruthy();
  });

  it.each([['javascript:alert(1)'], ['http://intranet.corp/wiki']])(
    'refuses %s with an error tied to the address field, which gets the focus',
    async (url) => {
      const { sent } = renderLauncher({ links: [], max: 20 });
      const region = await openOrganise();
      addLink('Bad', url);
      const error = await within(region).findByText('Only secure addresses (https://) can be added.');
      const address = within(region).getByRole('textbox', { name: 'Address' });
      expect(address.getAttribute('aria-invalid')).toBe('true');
      expect(address.getAttribute('aria-describedby')).toBe(error.id);
      expect(document.activeElement).toBe(address);
      expect(within(region).queryAllByRole('listitem')).toHaveLength(0);
      expect(sent.at(-1)).toEqual({ action: 'addPersonalLink', data: { label: 'Bad', url } });
    },
  );

  it('refuses an empty name under the name field, in French too', async () => {
    renderLauncher({ links: [], max: 20 }, { language: 'fr' });
    fireEvent.click(screen.getByRole('button', { name: 'Organiser' }));
    const region = await screen.findByRole('region', { name: 'Mes liens' }, LOADED);
    fireEvent.input(within(region).getByRole('textbox', { name: 'Adresse' }), {
      target: { value: 'https://a.example/' },
    });
    fireEvent.submit(within(region).getByRole('button', { name: 'Ajouter le lien' }).closest('form') as HTMLElement);
    const error = await within(region).findByText('Donnez un nom au lien.');
    const name = within(region).getByRole('textbox', { name: 'Nom' });
    expect(name.getAttribute('aria-describedby')).toBe(error.id);
    expect(document.activeElement).toBe(name);
  });

  it('removes a link with a named button, and the focus moves to the next one', async () => {
    const { sent } = renderLauncher({ links: [WIKI, PLANNING], max: 20 });
    const region = await openOrganise();
    fireEvent.click(within(region).getByRole('button', { name: 'Remove Team wiki' }));
    expect(sent.at(-1)).toEqual({ action: 'removePersonalLink', data: { linkId: 'wiki' } });
    await vi.waitFor(() => expect(within(region).getAllByRole('listitem')).toHaveLength(1));
    expect(document.activeElement).toBe(within(region).getByRole('button', { name: 'Remove Planning' }));
    expect(within(region).getByRole('status').textContent).toBe('“Team wiki” was removed from your links.');
    fireEvent.click(within(region).getByRole('button', { name: 'Move Planning down' }));
    expect(within(region).getByRole('button', { name: 'Move Planning up' }).hasAttribute('disabled')).toBe(true);
  });

  it('shows no link, no search result and no form when the policy does not allow them', async () => {
    const { input } = renderLauncher(undefined);
    expect(groupLabels()).not.toContain('My links');
    fireEvent.input(input, { target: { value: 'réservation' } });
    expect(await searchResultIds()).toContain('vehicle-booking');
    expect(screen.queryByRole('group', { name: 'My links' })).toBeNull();
    fireEvent.keyDown(input, { key: 'Escape' });
    fireEvent.click(screen.getByRole('button', { name: 'Organise' }));
    await screen.findByRole('button', { name: 'Done' }, LOADED);
    expect(screen.queryByRole('region', { name: 'My links' })).toBeNull();
    expect(screen.queryByRole('textbox', { name: 'Address' })).toBeNull();
  });

  it('renders a label as text, never as markup', () => {
    renderLauncher({ links: [{ ...WIKI, label: '<img src=x onerror=alert(1)>' }], max: 20 });
    expect(document.querySelector('img[src=x]')).toBeNull();
    const group = screen.getByRole('group', { name: 'My links' });
    expect(within(group).getByRole('option').textContent).toContain('<img src=x onerror=alert(1)>');
  });
});
