/** Where each Chromium browser reads an extension's policy on Windows, and the ADMX namespace of each. */
export type AdmxBrowser = 'chrome' | 'edge';

export interface AdmxBrowserInfo {
  displayName: string;
  /** Registry path below HKLM or HKCU. */
  policyRoot: string;
  namespace: string;
  /** File name without extension, the same for the .admx and its .adml. */
  fileBase: string;
}

export const ADMX_BROWSERS: Record<AdmxBrowser, AdmxBrowserInfo> = {
  chrome: {
    displayName: 'Google Chrome',
    policyRoot: 'Software\\Policies\\Google\\Chrome',
    namespace: 'Passerelle.Policies.Chrome',
    fileBase: 'passerelle-chrome',
  },
  edge: {
    displayName: 'Microsoft Edge',
    policyRoot: 'Software\\Policies\\Microsoft\\Edge',
    namespace: 'Passerelle.Policies.Edge',
    fileBase: 'passerelle-edge',
  },
};

/** The key Chromium reads an extension's managed storage from (3rdparty policy). */
export function extensionPolicyKey(browser: AdmxBrowser, extensionId: string): string {
  return `${ADMX_BROWSERS[browser].policyRoot}\\3rdparty\\extensions\\${extensionId}\\policy`;
}
