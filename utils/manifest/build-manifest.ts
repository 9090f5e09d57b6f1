/**
 * The manifest, per browser, built by wxt.config.ts. The extension ids below are also read at run time (the
 * diagnostics show them).
 * Every permission is explained in README.md › Permissions.
 */

/** Public key only: it pins the Chromium extension id (policy is keyed by id). The private key is never committed. */
export const CHROMIUM_PUBLIC_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA3Zd2JOP3kaFXdQw6+TLlx3qG13meeTyCzL5Tu6Kn3nvq3rmO2hOfxDcDqgCvu8kN4FTuxWXHg/V4hvKiQaWrVAHqdhqNpcXhyWGFs1BtzdcTtBPk2qC7VkD44gV1LChJ1t3LWDWjzgR1duzt3unzcsTVnVjNAgBL7gXEDtLjvyXsgwb8bIHq972nV4nD/tsu7GGcrCIGu+01moXixKeTDeXksHAC0CpI5IJp13atAoW79OTeYh6D+skuaouh0f27oug3M6m3nVt1uVqutuzTk6yiZfu2yEXylCTUlphXIDPd8WQe0rmRasMWXRZM/sg6fCyac5cHBK+sUy1W6NIBmwIDAQAB';
export const CHROMIUM_EXTENSION_ID = 'cifaohidikfhkpngmoilplcgkjnogigj';
export const GECKO_ID = 'passerelle@passerelle.example';
/** The oldest Firefox the add-on installs on; .ci/run and the e2e harness check the installed one against it. */
export const FIREFOX_MIN_VERSION = '142.0';

/**
 * The ESN and the old intranet hosts are named by each organisation at run time, so the default build asks for
 * https hosts plus loopback (the demo ESN). An organisation can build a narrower package with
 * PASSERELLE_HOST_PERMISSIONS="https://esn.example.com/*,https://intranet.example.com/*".
 */
const DEFAULT_HOST_PERMISSIONS = ['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*'];

function hostPermissions(env: Record<string, string | undefined>): string[] {
  const custom = env.PASSERELLE_HOST_PERMISSIONS?.split(',')
    .map((pattern) => pattern.trim())
    .filter(Boolean);
  return custom?.length ? custom : DEFAULT_HOST_PERMISSIONS;
}

export function buildManifest(browser: string, env: Record<string, string | undefined>) {
  const isFirefox = browser === 'firefox';
  return {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // declarativeNetRequest: the guidance rules that catch old intranet addresses (relocated sections).
    // notifications: important news, only when IT turns the notifications feature on.
    // sidePanel (Chromium): the side panel, shown only while IT turns the sidePanel feature on.
    // webNavigation: ESN and tool pages shown in tabs, filtered by the browser before it wakes the background.
    permissions: [
      'storage',
      'alarms',
      'declarativeNetRequest',
      'notifications',
      'webNavigation',
      ...(isFirefox ? [] : ['sidePanel']),
    ],
    host_permissions: hostPermissions(env),
    // bookmarks: asked only when the user chooses to update bookmarks that point to an old address.
    optional_permissions: ['bookmarks'],
    // The guidance page is where the redirect rules send old addresses: a page the web may navigate to.
    web_accessible_resources: [{ resources: ['moved.html'], matches: ['<all_urls>'] }],
    action: { default_title: '__MSG_actionTitle__' },
    // Address-bar keyword of the launcher: "ps" (PasSerelle), two keys placed alike on AZERTY and QWERTY.
    omnibox: { keyword: 'ps' },
    commands: {
      _execute_action: {
        suggested_key: { default: 'Alt+Shift+P' },
        description: '__MSG_commandOpenLauncher__',
      },
      // No default key: users (or IT) choose one; counted as the path keyboard → ESN home.
      'open-esn-home': { description: '__MSG_commandOpenEsnHome__' },
    },
    // The side panel is the popup's own page (one copy of its code); the page checks the feature flag.
    // Firefox opens an add-on's sidebar at its install unless told not to: it stays closed until asked for.
    ...(isFirefox
      ? {
          sidebar_action: {
            default_panel: 'popup.html?view=panel',
            default_title: '__MSG_sidepanelTitle__',
            open_at_install: false,
          },
        }
      : { side_panel: { default_path: 'popup.html?view=panel' } }),
    ...(isFirefox
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: FIREFOX_MIN_VERSION,
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {
          key: CHROMIUM_PUBLIC_KEY,
          storage: { managed_schema: 'managed_schema.json' },
        }),
  };
}
