// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { computeEffective } from '@/utils/config/compute';
import { personalLinksPolicy } from '@/utils/launcher/personal-links';

const noPolicy = { present: false, values: {} };

function effective(policy: Record<string, unknown> | null, document: unknown, settings?: Record<string, unknown>) {
  const configUrl = 'https://esn.example/passerelle/config.json';
  return computeEffective({
    policy: policy ? { present: true, values: { configUrl, ...policy } } : noPolicy,
    user: { configUrl, ...(settings && { settings }) },
    document: { url: configUrl, body: document, fetchedAt: 0 },
  }).effective;
}

describe('launcher.personalLinks in the configuration', () => {
  it('is off when nothing sets it', () => {
    expect(personalLinksPolicy(effective(null, {}))).toEqual({ allowed: false, max: 20 });
  });

  it('is turned on by the configuration document', () => {
    const config = effective(null, { launcher: { personalLinks: true, maxPersonalLinks: 5 } });
    expect(personalLinksPolicy(config)).toEqual({ allowed: true, max: 5 });
    expect(config.provenance['launcher.personalLinks']).toBe('document');
  });

  it('is enforced by a policy over the document and the user', () => {
    const config = effective(
      { launcher: { personalLinks: false } },
      { launcher: { personalLinks: true } },
      { 'launcher.personalLinks': true },
    );
    expect(personalLinksPolicy(config).allowed).toBe(false);
    expect(config.provenance['launcher.personalLinks']).toBe('policy');
  });

  it('is the user’s choice only where the policy lists it in userMayChange', () => {
    const config = effective(
      { launcher: { personalLinks: false }, userMayChange: ['launcher.personalLinks'] },
      {},
      { 'launcher.personalLinks': true },
    );
    expect(personalLinksPolicy(config).allowed).toBe(true);
    expect(config.provenance['launcher.personalLinks']).toBe('user');
  });

  it('refuses a wrong value with its path and keeps the rest', () => {
    const config = effective(null, { launcher: { personalLinks: 'yes', maxPersonalLinks: 500 } });
    expect(personalLinksPolicy(config)).toEqual({ allowed: false, max: 20 });
    expect(config.issues.map((issue) => issue.path)).toEqual(
      expect.arrayContaining(['launcher.personalLinks', 'launcher.maxPersonalLinks']),
    );
  });
});
