// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildAdoptionSlice } from '@/utils/adoption/build-slice';
import { fillFeedbackChannel } from '@/utils/adoption/feedback-channel';
import { feedbackUrl } from '@/utils/adoption/links';
import { EMPTY_WHATS_NEW } from '@/utils/adoption/storage';
import { suggestionUrl } from '@/utils/companion/suggest';
import { EMPTY_CONFIG } from '@/utils/config/effective';
import { policySchema } from '@/utils/config/policy-schema';
import { configDocumentSchema } from '@/utils/config/schema';
import { contactChannelRefusal, urlRefusal } from '@/utils/config/url-policy';
import { validateLenient } from '@/utils/config/validate';
import { helpLinksFor } from '@/utils/sections/no-results';

const MAILTO = 'mailto:ideas@example.com';

/** The subject and the body lines of a mailto: link, decoded. */
function mail(href: string | null) {
  expect(href).not.toBeNull();
  const url = new URL(href as string);
  const body = url.searchParams.get('body') ?? '';
  return { to: url.pathname, subject: url.searchParams.get('subject'), lines: body.trim().split('\n') };
}

describe('a mailto: feedback channel', () => {
  it('is accepted for the feedback channel only: one plain address, no header of its own', () => {
    expect(contactChannelRefusal(MAILTO, [])).toBeNull();
    expect(contactChannelRefusal('https://forms.example.com/new?c={context}', [])).toBeNull();
    expect(contactChannelRefusal('mailto:ideas@example.com?cc=boss@example.com', [])).toMatch(/plain mailto/);
    expect(contactChannelRefusal('mailto:a@example.com,b@example.com', [])).toMatch(/plain mailto/);
    expect(contactChannelRefusal('mailto:', [])).toMatch(/plain mailto/);
    expect(contactChannelRefusal('javascript:alert(1)', [])).toMatch(/javascript:/);
    // Everywhere else mailto: is refused like any other scheme.
    expect(urlRefusal(MAILTO, [])).toMatch(/mailto:/);
  });

  it('passes validation in the policy and the document, and is refused for tools and other links', () => {
    for (const schema of [configDocumentSchema, policySchema]) {
      const { value, issues } = validateLenient(
        schema,
        {
          links: { feedback: MAILTO, help: 'mailto:help@example.com' },
          tools: [{ id: 'mail', label: 'Mail', url: 'mailto:someone@example.com' }],
        },
        { source: 'document' },
      );
      expect(value.links).toEqual({ feedback: MAILTO });
      expect(issues.map((issue) => issue.path).sort()).toEqual(['links.help', 'tools', 'tools[0]', 'tools[0].url']);
    }
    const withHeader = validateLenient(
      configDocumentSchema,
      { links: { feedback: `${MAILTO}?bcc=x@example.com` } },
      { source: 'policy' },
    );
    expect(withHeader.value.links).toEqual({});
    expect(withHeader.issues[0]).toMatchObject({ path: 'links.feedback', source: 'policy' });
  });

  it('reaches the popup through the adoption slice', () => {
    const slice = buildAdoptionSlice({ ...EMPTY_CONFIG, links: { feedback: MAILTO } }, null, EMPTY_WHATS_NEW, '1.0.0');
    expect(slice.help.feedback).toBe(MAILTO);
  });

  it('opens the mail client with the suggestion’s context as subject and body, and nothing else', () => {
    const href = suggestionUrl(
      MAILTO,
      { kind: 'brokenLink', toolId: 'expenses', page: 'https://expenses.example.com/claims', version: '1.4.0' },
      [],
    );
    expect(mail(href)).toEqual({
      to: 'ideas@example.com',
      subject: 'Passerelle: broken-link',
      lines: ['broken-link', 'tool=expenses', 'page=https://expenses.example.com/claims', 'version=1.4.0'],
    });
  });

  it('carries what the user searched, when a search found nothing, in the popup and on the guidance page', () => {
    expect(mail(feedbackUrl(MAILTO, { kind: 'notFound', query: 'cantine & menus' }, [])).lines).toEqual([
      'not-found',
      'query=cantine & menus',
    ]);
    const hotline = { diagnostics: '', subject: '', allowedInsecureOrigins: [] };
    expect(mail(helpLinksFor('cantine', { feedback: MAILTO }, hotline).feedback ?? null).lines).toEqual([
      'not-found',
      'query=cantine',
    ]);
  });

  it('still fills a form address’s {query} and {context}, and refuses a filled address that may not open', () => {
    expect(
      fillFeedbackChannel('https://forms.example.com/?q={query}&c={context}', { context: 'a;b', query: 'x y' }, []),
    ).toBe('https://forms.example.com/?q=x%20y&c=a%3Bb');
    expect(fillFeedbackChannel('http://forms.example.com/?c={context}', { context: 'a', query: '' }, [])).toBeNull();
  });
});
