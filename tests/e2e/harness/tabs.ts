/** The browser's tabs, as the extension sees them (it may read loopback addresses): both browsers. */
import type { ExtensionSession } from './session';

export interface TabView {
  url?: string;
  active?: boolean;
}

/** The tabs showing `url`, and whether each is the one in front. */
export function tabsShowing(session: ExtensionSession, url: string): Promise<TabView[]> {
  return session.evaluateInExtension(async (address: string) => {
    type Tabs = { tabs: { query(filter: object): Promise<TabView[]> } };
    const scope = globalThis as unknown as { browser?: Tabs; chrome?: Tabs };
    const tabs = await (scope.browser ?? scope.chrome)?.tabs.query({});
    return (tabs ?? []).filter((tab) => tab.url === address).map(({ url, active }) => ({ url, active }));
  }, url);
}
