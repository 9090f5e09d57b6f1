/** Which browser family the page runs in: the build says Firefox or Chromium, the user agent tells Edge apart. */
export type BrowserKind = 'firefox' | 'edge' | 'chrome';

export function browserKindOf(buildBrowser: string, userAgent: string): BrowserKind {
  if (buildBrowser === 'firefox') return 'firefox';
  return /\bEdg\//.test(userAgent) ? 'edge' : 'chrome';
}

export type PinAdvice = 'pinned' | 'firefoxManual' | 'chromePolicyOrManual' | 'edgePolicyOrManual';

/**
 * How the toolbar button gets pinned. Chrome and Edge let IT pin it for everyone (ExtensionSettings
 * toolbar_pin); Firefox has no such policy, so the user pins it once by hand.
 */
export function pinAdvice(kind: BrowserKind, isOnToolbar: boolean | undefined): PinAdvice {
  if (isOnToolbar) return 'pinned';
  if (kind === 'firefox') return 'firefoxManual';
  return kind === 'edge' ? 'edgePolicyOrManual' : 'chromePolicyOrManual';
}
