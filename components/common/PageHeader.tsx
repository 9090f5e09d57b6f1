import './page.css';

interface Props {
  /** The ESN's name in the UI language ('' when not configured). */
  name: string;
  /** An https address the configuration validated. */
  logoUrl?: string | undefined;
  /** Where the name leads (the ESN's home page). */
  homeUrl?: string | undefined;
}

/** The full pages' header: the ESN's logo and name (white-label), linked to its home page when known. */
export function PageHeader({ name, logoUrl, homeUrl }: Props) {
  if (!name && !logoUrl) return null;
  const brand = (
    <>
      {logoUrl && <img class="page-header__logo" src={logoUrl} alt="" width={32} height={32} />}
      {name}
    </>
  );
  return (
    <header class="page-header" data-testid="page-header">
      {homeUrl ? <a href={homeUrl}>{brand}</a> : <span>{brand}</span>}
    </header>
  );
}
