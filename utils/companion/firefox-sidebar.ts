/**
 * Firefox's way to open the sidebar on a toolbar click. `sidebarAction.open()` works only inside a user
 * action's handler, and `action.onClicked` is one, but it fires only when the button has no popup: so the
 * employee's choice removes the popup (the sidebar shows the same content) and puts it back when undone.
 */

export interface FirefoxToolbarApis {
  action: {
    setPopup(details: { popup: string }): Promise<void>;
    onClicked: { addListener(listener: () => void): void };
  };
  sidebarAction: { open(): Promise<void>; toggle?(): Promise<void> };
}

/** Opens (or, where Firefox can, closes again) the sidebar on a toolbar click; called once at the start. */
export function listenForSidebarClicks(apis: FirefoxToolbarApis): void {
  apis.action.onClicked.addListener(() => {
    // No await before this call: Firefox forgets the user gesture after the handler's first turn.
    const opening = apis.sidebarAction.toggle ? apis.sidebarAction.toggle() : apis.sidebarAction.open();
    void opening.catch((error: unknown) => console.error('Passerelle: sidebar', error));
  });
}

/** With the feature on and the employee's choice, a click opens the sidebar; otherwise the usual popup. */
export function applySidebarOnClick(apis: FirefoxToolbarApis, openOnClick: boolean, popupPath: string): Promise<void> {
  return apis.action.setPopup({ popup: openOnClick ? '' : popupPath });
}
