import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ProtocolMap } from '@/utils/messaging/protocol';
import { recordingHandlers } from '../message-handlers';
import { restoreStubs, startWholeBackground } from './background-once';
import { damagedRecords, damagedStorage, writeGarbage } from './garbage';

// The handlers themselves, without the messaging library: each message is called as the background would.
const { handleMessage, handlers } = recordingHandlers();

/** One call of every message of the protocol, with ordinary data. */
const MESSAGES: { [K in keyof ProtocolMap]: Parameters<ProtocolMap[K]>[0] } = {
  refreshConfig: undefined,
  getDiagnostics: undefined,
  saveUserSettings: { configUrl: 'https://esn.example/config.json' },
  launchTool: { toolId: 'payslips', disposition: 'newTab' },
  pinTool: { toolId: 'payslips' },
  unpinTool: { toolId: 'payslips' },
  moveFavourite: { toolId: 'payslips', offset: 1 },
  hideTool: { toolId: 'payslips' },
  unhideTool: { toolId: 'payslips' },
  setFocusExistingTab: { enabled: true },
  addPersonalLink: { label: 'Wiki', url: 'https://wiki.example/' },
  removePersonalLink: { linkId: 'l-1' },
  movePersonalLink: { linkId: 'l-1', offset: -1 },
  openPersonalLink: { linkId: 'l-1', disposition: 'newTab' },
  refreshNews: undefined,
  markAllRead: {},
  openNewsItem: { key: 'n-1' },
  refreshSections: undefined,
  openSection: { sectionId: 'canteen-menus', disposition: 'newTab' },
  findSections: { query: 'cantine', limit: 5 },
  prepareSectionsSearch: undefined,
  acknowledgeCharter: { version: '2026-1' },
  dismissWhatsNew: { feature: 'omnibox' },
  openWelcome: undefined,
  recordIndicator: { kind: 'launch', toolId: 'payslips', viaEsn: true },
  sendIndicatorsNow: undefined,
  getPendingIndicators: undefined,
  getSupportBundle: undefined,
  getPageHelp: undefined,
  setPanelOnClick: { enabled: true },
  getPanelOnClick: undefined,
};

/** Errors that mean "the code met data of a shape it did not expect", as opposed to a refusal it chose. */
const CRASHES = [TypeError, RangeError, ReferenceError, SyntaxError];

beforeAll(() => startWholeBackground(handleMessage));
afterAll(restoreStubs);

it('answers every background message, whatever garbage the storage and the databases hold', async () => {
  expect(Object.keys(MESSAGES).sort()).toEqual([...handlers.keys()].sort());
  await fc.assert(
    fc.asyncProperty(damagedStorage, damagedRecords, async (storage, records) => {
      await writeGarbage(storage, records);
      for (const [type, data] of Object.entries(MESSAGES)) {
        const outcome = await Promise.resolve()
          .then(() => handlers.get(type)?.(data))
          .then(
            () => null,
            (error: unknown) => error,
          );
        const crashed = CRASHES.some((kind) => outcome instanceof kind);
        expect(crashed, `${type} crashed: ${String(outcome)}`).toBe(false);
      }
    }),
    { numRuns: 12 },
  );
}, 60_000);
