/**
 * The managed policy, read-only. Chromium: chrome.storage.managed (filtered by managed_schema.json), with
 * storage.onChanged area "managed" on a policy reload. Firefox: policies.json, read once at start; there
 * storage.managed.get() REJECTS when no policy exists, which means "no policy", not an error.
 */
import { browser } from 'wxt/browser';
import { sameStoredValue } from '../storage-health/same-stored-value';

export interface PolicyRead {
  present: boolean;
  values: Record<string, unknown>;
  /** Why the managed area could not be read (Firefox without a policy), for the diagnostics. */
  note?: string;
}

interface ManagedArea {
  get(): Promise<Record<string, unknown>>;
}

const NO_POLICY: PolicyRead = { present: false, values: {} };

function defaultArea(): ManagedArea | undefined {
  // Some builds (and the fake browser before a test sets it up) have no managed area at all.
  return browser.storage?.managed as ManagedArea | undefined;
}

export async function readManagedPolicy(area: ManagedArea | undefined = defaultArea()): Promise<PolicyRead> {
  if (!area) return { ...NO_POLICY, note: 'managed storage is not available in this browser' };
  try {
    const values = await area.get();
    if (typeof values !== 'object' || values === null) return NO_POLICY;
    return { present: Object.keys(values).length > 0, values };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ...NO_POLICY, note: `no policy (${reason})` };
  }
}

/** Keeps the last policy read, and tells when a re-read changed it. */
export class PolicyCache {
  private last: PolicyRead | undefined;

  constructor(private readonly read: () => Promise<PolicyRead> = () => readManagedPolicy()) {}

  async current(): Promise<PolicyRead> {
    this.last ??= await this.read();
    return this.last;
  }

  /** Re-reads the policy; true when it differs from the cached one. */
  async reload(): Promise<boolean> {
    const next = await this.read();
    const changed = !sameStoredValue(this.last?.values, next.values);
    this.last = next;
    return changed;
  }
}

/** Calls `onChange` when Chromium reloads the policy (Firefox never fires this for managed). */
export function watchManagedPolicy(onChange: () => void): void {
  browser.storage.onChanged.addListener((_changes, areaName) => {
    if (areaName === 'managed') onChange();
  });
}
