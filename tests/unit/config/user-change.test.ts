// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { applyUserChange } from '@/utils/config/user-change';

describe('applyUserChange', () => {
  it('sets, trims and clears the configuration address when no policy sets it', () => {
    expect(applyUserChange({}, { configUrl: ' https://esn.example/c.json ' }, {})).toEqual({
      ok: true,
      next: { configUrl: 'https://esn.example/c.json' },
    });
    expect(applyUserChange({ configUrl: 'https://esn.example/c.json' }, { configUrl: null }, {})).toEqual({
      ok: true,
      next: {},
    });
  });

  it('refuses the address when a policy enforces one, or when it is unsafe', () => {
    expect(
      applyUserChange({}, { configUrl: 'https://a.example/' }, { configUrl: 'https://it.example/c.json' }),
    ).toEqual({
      ok: false,
      reason: 'enforced',
    });
    expect(applyUserChange({}, { configUrl: 'javascript:alert(1)' }, {})).toMatchObject({
      ok: false,
      reason: 'invalidUrl',
    });
    expect(applyUserChange({}, { configUrl: 'http://esn.corp/c.json' }, {})).toMatchObject({
      ok: false,
      reason: 'invalidUrl',
    });
    expect(
      applyUserChange({}, { configUrl: 'http://esn.corp/c.json' }, { allowedInsecureOrigins: ['http://esn.corp'] }),
    ).toMatchObject({ ok: true });
  });

  it('changes a setting only where userMayChange allows, with a value of the right type', () => {
    const policy = { features: { notifications: false }, userMayChange: ['features.notifications'] };
    expect(applyUserChange({}, { settings: { 'features.notifications': true } }, policy)).toEqual({
      ok: true,
      next: { settings: { 'features.notifications': true } },
    });
    expect(applyUserChange({}, { settings: { 'features.news': false } }, policy)).toEqual({
      ok: false,
      reason: 'enforced',
      detail: 'features.news',
    });
    expect(applyUserChange({}, { settings: { 'features.notifications': 'yes' } }, policy)).toMatchObject({
      ok: false,
      reason: 'invalidValue',
    });
    expect(
      applyUserChange(
        { settings: { 'features.notifications': true } },
        { settings: { 'features.notifications': null } },
        policy,
      ),
    ).toEqual({ ok: true, next: { settings: {} } });
  });
});
