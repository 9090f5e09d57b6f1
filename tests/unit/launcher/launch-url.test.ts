// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { launchUrl } from '@/utils/launcher/launch-url';
import { dispositionOf } from '@/utils/tabs/disposition';
import { isToolPage, toolUrlPattern } from '@/utils/tabs/open-tab';

const tool = { id: 'vehicle-booking', url: 'https://fleet.example/app' };

describe('launchUrl', () => {
  it('goes through the launch route with the encoded tool id', () => {
    expect(launchUrl(tool, 'https://esn.example/go/{toolId}?from=passerelle', [])).toBe(
      'https://esn.example/go/vehicle-booking?from=passerelle',
    );
    expect(launchUrl({ ...tool, id: 'a b' }, 'https://esn.example/go/{toolId}', [])).toBe(
      'https://esn.example/go/a%20b',
    );
  });

  it('opens the tool itself without a launch route', () => {
    expect(launchUrl(tool, undefined, [])).toBe('https://fleet.example/app');
  });

  it('refuses anything but https, loopback http and allowed http origins', () => {
    expect(launchUrl({ ...tool, url: 'javascript:alert(1)' }, undefined, [])).toBeNull();
    expect(launchUrl({ ...tool, url: 'http://intranet.corp/app' }, undefined, [])).toBeNull();
    expect(launchUrl({ ...tool, url: 'http://intranet.corp/app' }, undefined, ['http://intranet.corp'])).toBe(
      'http://intranet.corp/app',
    );
    expect(launchUrl(tool, 'http://127.0.0.1:4000/go/{toolId}', [])).toBe('http://127.0.0.1:4000/go/vehicle-booking');
    expect(launchUrl(tool, 'data:text/html,{toolId}', [])).toBeNull();
  });
});

describe('dispositionOf', () => {
  const plain = { ctrlKey: false, metaKey: false, shiftKey: false };
  it.each([
    [{ ...plain, button: 0 }, 'newTab'],
    [plain, 'newTab'],
    [{ ...plain, ctrlKey: true }, 'backgroundTab'],
    [{ ...plain, metaKey: true }, 'backgroundTab'],
    [{ ...plain, button: 1 }, 'backgroundTab'],
    [{ ...plain, shiftKey: true }, 'newWindow'],
  ] as const)('%o → %s', (event, expected) => {
    expect(dispositionOf(event)).toBe(expected);
  });
});

describe('finding an open tab of a tool', () => {
  it('matches by host and path, the port checked separately', () => {
    expect(toolUrlPattern('http://127.0.0.1:4000/apps/x')).toBe('http://127.0.0.1/apps/x*');
    expect(isToolPage('http://127.0.0.1:4000/apps/x?y=1', 'http://127.0.0.1:4000/apps/x')).toBe(true);
    expect(isToolPage('http://127.0.0.1:5000/apps/x', 'http://127.0.0.1:4000/apps/x')).toBe(false);
    expect(isToolPage('http://127.0.0.1:4000/other', 'http://127.0.0.1:4000/apps/x')).toBe(false);
    expect(isToolPage(undefined, 'http://127.0.0.1:4000/apps/x')).toBe(false);
  });
});
