import type { ComponentChildren } from 'preact';

interface Props {
  name: string;
  /** The ESN's logo, an https address the configuration validated. */
  logoUrl?: string | undefined;
  /** The menu at the header's end. */
  children?: ComponentChildren;
}

/** The popup's header: the ESN's logo (decorative: the name follows) and name, and the help-and-settings menu. */
export function PopupHeader({ name, logoUrl, children }: Props) {
  return (
    <header class="popup__header">
      <h1 class="popup__title">
        {logoUrl && <img class="popup__logo" src={logoUrl} alt="" width={24} height={24} />}
        {name}
      </h1>
      {children}
    </header>
  );
}
