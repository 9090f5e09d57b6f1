import { describe, expect, it } from 'vitest';
import { EXAMPLE_ORG_SETTINGS, resolveOrgSettings } from '../../../tools/packaging/org-settings';

const FILE = {
  productName: 'Passerelle Acme',
  keyFile: 'secrets/acme.pem',
  geckoId: 'passerelle@acme.example',
  updateBaseUrl: 'https://intranet.acme.example/passerelle',
  configUrl: 'https://esn.acme.example/passerelle/config.json',
};

describe('organisation settings', () => {
  it('takes the file, adds the trailing slash to the update base and reports nothing defaulted', () => {
    const { settings, defaulted } = resolveOrgSettings(FILE, {});
    expect(settings).toEqual({ ...FILE, updateBaseUrl: 'https://intranet.acme.example/passerelle/' });
    expect(defaulted).toEqual([]);
  });

  it('lets each environment variable override the file', () => {
    const { settings } = resolveOrgSettings(FILE, {
      PASSERELLE_ORG_GECKO_ID: '{12345678-1234-1234-1234-123456789abc}',
      PASSERELLE_ORG_UPDATE_BASE_URL: 'http://127.0.0.1:8080/',
      PASSERELLE_ORG_VERSION: '1.2.3',
    });
    expect(settings.geckoId).toBe('{12345678-1234-1234-1234-123456789abc}');
    expect(settings.updateBaseUrl).toBe('http://127.0.0.1:8080/');
    expect(settings.version).toBe('1.2.3');
    expect(settings.configUrl).toBe(FILE.configUrl);
  });

  it('works with no file at all (fresh clone) and says which fields are the examples', () => {
    const { settings, defaulted } = resolveOrgSettings(undefined, {});
    expect(settings).toEqual(EXAMPLE_ORG_SETTINGS);
    expect(defaulted).toEqual(['productName', 'keyFile', 'geckoId', 'updateBaseUrl', 'configUrl']);
  });

  it('names every wrong field and where it came from', () => {
    const attempt = () =>
      resolveOrgSettings(
        { ...FILE, updateBaseUrl: 'http://intranet.acme.example/', extra: 1 },
        {
          PASSERELLE_ORG_GECKO_ID: 'not an id',
          PASSERELLE_ORG_CONFIG_URL: 'http://esn.acme.example/config.json',
        },
        'acme.json',
      );
    expect(attempt).toThrow(/acme\.json › updateBaseUrl: must be an https: address/);
    expect(attempt).toThrow(/acme\.json.*extra/);
    expect(attempt).toThrow(/PASSERELLE_ORG_GECKO_ID: must look like name@example\.com/);
    expect(attempt).toThrow(/PASSERELLE_ORG_CONFIG_URL/);
  });

  it('refuses a version browsers would not accept', () => {
    expect(() => resolveOrgSettings({ version: '1.2-beta' }, {})).toThrow(/version: must be 1 to 4/);
  });
});
