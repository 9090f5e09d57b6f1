// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { isSignInAddress, looksLikeHtml, redirectedToSignIn } from '@/utils/http/sign-in-page';

describe('isSignInAddress', () => {
  it.each([
    'https://intranet.example/wp-login.php?redirect_to=%2Ffeed%2F',
    'https://sso.example/cas/login?service=https%3A%2F%2Fesn.example',
    'https://adfs.example/adfs/ls/?wa=wsignin1.0',
    'https://esn.example/Account/SignIn',
    'https://accounts.example/ServiceLogin',
    'https://esn.example/connexion',
    'https://esn.example/signin-oidc',
    'https://kc.example/realms/aubepine/protocol/openid-connect/auth?client_id=esn',
    'https://idp.example/idp/profile/SAML2/Redirect/SSO',
    'https://login.example/tenant/oauth2/v2.0/authorize',
    'https://esn.example/_layouts/15/Authenticate.aspx',
  ])('%s is a sign-in address', (url) => {
    expect(isSignInAddress(url)).toBe(true);
  });

  it.each([
    'https://intranet.example/author/communication/feed/',
    'https://intranet.example/category/podcast/feed/',
    'https://intranet.example/showcase/passerelle.json',
    'https://intranet.example/rh/vacances/menus.csv',
    'https://intranet.example/authors/',
    'https://intranet.example/feeds/actualites.rss',
    'not an address',
  ])('%s is not', (url) => {
    expect(isSignInAddress(url)).toBe(false);
  });
});

describe('redirectedToSignIn', () => {
  const asked = 'https://intranet.example/author/communication/feed';
  it('is a redirect that ends on a sign-in address', () => {
    expect(redirectedToSignIn({ redirected: true, url: 'https://intranet.example/wp-login.php' }, asked)).toBe(true);
  });

  it('is not a redirect to the canonical address, nor an answer from the address asked for', () => {
    expect(redirectedToSignIn({ redirected: true, url: `${asked}/` }, asked)).toBe(false);
    expect(redirectedToSignIn({ redirected: false, url: 'https://intranet.example/connexion' }, asked)).toBe(false);
    const login = 'https://intranet.example/connexion';
    expect(redirectedToSignIn({ redirected: true, url: login }, login)).toBe(false);
  });
});

describe('looksLikeHtml', () => {
  it('recognises a page or markup from its start, after a byte-order mark and blank lines', () => {
    expect(looksLikeHtml('\uFEFF\n  <!DOCTYPE html><html><body>Connexion</body></html>')).toBe(true);
    expect(looksLikeHtml('<html lang="fr">')).toBe(true);
    expect(looksLikeHtml('<!-- proxy --><p>')).toBe(true);
    expect(looksLikeHtml('<?xml version="1.0"?><Error/>')).toBe(true);
  });

  it('leaves data alone, even when it holds markup further on', () => {
    expect(looksLikeHtml('{"tools": [], "note": "<html>"}')).toBe(false);
    expect(looksLikeHtml('title;new_url\r\nCantine;https://intranet.example/<b>')).toBe(false);
    expect(looksLikeHtml('')).toBe(false);
  });
});
