/**
 * Firefox's web content in one process, for every Firefox the harness starts (plain and managed). A test opens many
 * tabs; by default Firefox gives each site its own process (Fission) and keeps a spare one started in advance. On
 * 2 cores the Firefox project alone took 210 s (306 s of CPU) with the defaults and 165 s (222 s of CPU) with these
 * (1 Dec 2026): the whole `npm test` is bound by CPU. The add-on's own process (extension pages, background) is as
 * in any Firefox; what it does depends on no process layout, and no test loads a cross-site frame.
 */
export const ONE_CONTENT_PROCESS_PREFS: Readonly<Record<string, unknown>> = {
  'fission.autostart': false,
  'dom.ipc.processCount': 1,
  'dom.ipc.processPrelaunch.enabled': false,
};
