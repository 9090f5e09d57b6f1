/**
 * The ESN's sign-in page, answered in place of a file Passerelle asked for (the configuration document, the sections
 * index, a feed) once the employee's session has expired: through a redirect to a sign-in address, or as HTML.
 */

/**
 * A word of a sign-in address, whole between slashes, dashes, dots, underscores or a change of case: "/wp-login.php",
 * "/cas/login", "/adfs/ls", "/Account/SignIn", "/ServiceLogin", "/connexion", "/signin-oidc", "…/openid-connect/auth",
 * "/idp/SSO.saml2". Whole words, so that "/author/…/feed/" (a WordPress author's feed), "/podcast/" or "/showcase/"
 * are not taken for one (they were, until 1 Dec 2026: a feed redirected to its canonical address was "signed out").
 */
const SIGN_IN_WORD =
  /(?:^|[-_.])(?:log-?in|log-?on|sign-?in|connexion|se-connecter|authentification|auth|authenticate|authorize|sso|saml2?|oauth2?|cas|adfs)(?=$|[-_.])/i;

/** Whether an address is a sign-in page's (one of its path segments says so). */
export function isSignInAddress(url: string): boolean {
  if (!URL.canParse(url)) return false;
  return new URL(url).pathname
    .split('/')
    .some((segment) => SIGN_IN_WORD.test(segment.replace(/([a-z])(?=[A-Z])/g, '$1-')));
}

/** Whether an answer comes from a redirect to a sign-in address (the address asked for is not one itself). */
export function redirectedToSignIn(response: Pick<Response, 'redirected' | 'url'>, askedUrl: string): boolean {
  return response.redirected && response.url !== askedUrl && isSignInAddress(response.url);
}

/**
 * Whether a body is markup rather than the data asked for: an HTML page (a sign-in or error page), or XML such as
 * an XHTML page or a proxy's error, whatever its Content-Type says. Only its start is read.
 */
export function looksLikeHtml(text: string): boolean {
  return /^\s*<(!doctype\s+html|html|head|body|\?xml|!--)/i.test(text.replace(/^\uFEFF/, '').slice(0, 512));
}
