/** Sign-in page of La Ruche (`/connexion`), where data endpoints send you in fault mode `signin`. */
import { html, type SafeHtml } from '../html';
import type { Lang } from '../lang';
import { renderPage } from './layout';

/** Only a local path may be a return address (no `//host`, no scheme). */
export function safeReturnPath(value: string | null | undefined): string {
  return value && /^\/(?![/\\])/.test(value) ? value : '/';
}

export function signinPage(lang: Lang, returnPath: string): SafeHtml {
  const fr = lang === 'fr';
  return renderPage({
    lang,
    path: '/connexion',
    title: fr ? 'Connexion' : 'Sign in',
    body: html`<h1>${fr ? 'Connexion à La Ruche' : 'Sign in to The Hive'}</h1>
<p>${fr ? 'Votre session a expiré. Identifiez-vous pour continuer.' : 'Your session has expired. Sign in to continue.'}</p>
<form method="post" action="/connexion">
<input type="hidden" name="retour" value="${safeReturnPath(returnPath)}">
<p><label for="identifiant">${fr ? 'Identifiant' : 'User name'}</label><br>
<input id="identifiant" name="identifiant" autocomplete="username" required></p>
<p><label for="mot-de-passe">${fr ? 'Mot de passe' : 'Password'}</label><br>
<input id="mot-de-passe" name="mot-de-passe" type="password" autocomplete="current-password" required></p>
<p><button type="submit">${fr ? 'Se connecter' : 'Sign in'}</button></p>
</form>`,
  });
}
