/**
 * Firefox's web content in one process, for every Firefox the harness starts (plain and managed). A test opens many
 * tabs; by default Firefox gives each site its own process (Fission) and keeps a spare one started in advance. On
 * 2 cores the Firefox project alone took 210 s (306 s of CPU) with the defaults and 165 s (222 s of CPU) with these
 * (1 Dec 2026): the whole `npm test` is bound by CPU. The add-on's own process (extension pages, background) is as
 * in any Firefox; what it does depends on no process layout, and no test loads a cross-site frame.
 */
const ONE_CONTENT_PROCESS_PREFS: Readonly<Record<string, unknown>> = {
  'fission.autostart': false,
  'dom.ipc.processCount': 1,
  'dom.ipc.processPrelaunch.enabled': false,
};

/**
 * What a test browser never shows: tab animations, the preloaded new-tab page, the session kept for a crash, the
 * tab warm-up, a start page. Each costs the parent process work at every tab a test opens or at every start; no
 * test looks at any of them. With these, three files (launcher, adoption, sections) took 74–75 core-seconds instead
 * of 82 (2 Dec 2026).
 */
const QUIET_UI_PREFS: Readonly<Record<string, unknown>> = {
  'toolkit.cosmeticAnimations.enabled': false,
  'browser.newtab.preload': false,
  'browser.newtabpage.enabled': false,
  'browser.sessionstore.resume_from_crash': false,
  'browser.tabs.remote.warmup.enabled': false,
  'browser.startup.page': 0,
};

/**
 * The prefs of every Firefox the harness starts. Its launches also pass puppeteer's `networkEnabled: false`: by
 * default puppeteer follows every request over BiDi and keeps response bodies (up to 20 MB) for it, the extension's
 * feeds and sections index included, in the parent process; no test reads them. Three files: 74–75 → 71
 * core-seconds (2 Dec 2026).
 */
export const TEST_FIREFOX_PREFS: Readonly<Record<string, unknown>> = {
  ...ONE_CONTENT_PROCESS_PREFS,
  ...QUIET_UI_PREFS,
};
