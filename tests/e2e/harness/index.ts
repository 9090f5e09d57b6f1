/** The end-to-end harness: real Chromium and Firefox ESR with the built extension, and the demo ESN. */
export { describeViolations } from './axe';
export { type ChromiumLaunchOptions, ChromiumSession, launchChromium } from './chromium';
export * from './demo';
export { FirefoxSession, launchFirefox } from './firefox';
export { CHROMIUM_EXTENSION_ID, FIREFOX_EXTENSION_UUID, GECKO_ID } from './paths';
export type { PolicyValues } from './policy-file';
export type * from './session';
export { waitUntil } from './wait';
