/**
 * A storage item that checks its value every time it is read (or once per stored value: `rememberChecked`): a
 * damaged value is healed (what can be kept is kept, the rest falls back to the default), written back, and what
 * was dropped is logged for the diagnostics.
 */
import { type StorageItemKey, storage, type WxtStorageItem } from 'wxt/utils/storage';
import { rememberedHeal } from './remembered-heal';
import { recordRepairs } from './repairs';
import { sameStoredValue } from './same-stored-value';
import type { Problem } from './shape';

export interface Healed<T> {
  value: T;
  dropped: Problem[];
}

export type Heal<T> = (stored: unknown) => Healed<T>;

interface HealedItemOptions<T> {
  fallback: T;
  /** The stored format's version: bump it (and package.json's version) when the format changes. */
  version: number;
  /** Each takes whatever an older version (or a hand edit) stored, unchecked: it validates what it reads. */
  migrations?: Record<number, (old: unknown) => unknown>;
  heal: Heal<T>;
  /** A value read again as it was stored is not checked again (rememberedHeal): for large, often read values. */
  rememberChecked?: boolean;
}

// The WXT item's own type, minus metadata we never use.
interface HealedItem<T> extends WxtStorageItem<T, Record<string, never>> {
  readonly version: number;
  readonly heal: Heal<T>;
  /** Reads, heals and repairs like getValue, and says what was dropped. */
  read(): Promise<Healed<T>>;
  /**
   * Writes what `change` makes of the current value, unless that is what is stored already (sameStoredValue):
   * no write, no change event for the pages. Answers whether it wrote.
   */
  update(change: (current: T) => T): Promise<boolean>;
}

export function defineHealedItem<T>(key: StorageItemKey, options: HealedItemOptions<T>): HealedItem<T> {
  const item = storage.defineItem<T>(key, {
    fallback: options.fallback,
    version: options.version,
    ...(options.migrations ? { migrations: options.migrations } : {}),
  });
  const heal = options.rememberChecked ? rememberedHeal(options.heal) : options.heal;
  async function read(): Promise<Healed<T>> {
    const healed = heal(await item.getValue());
    if (healed.dropped.length > 0) {
      await recordRepairs(key, healed.dropped);
      await item.setValue(healed.value);
    }
    return healed;
  }
  async function update(change: (current: T) => T): Promise<boolean> {
    const { value } = await read();
    const next = change(value);
    if (sameStoredValue(value, next)) return false;
    await item.setValue(next);
    return true;
  }
  return {
    ...item,
    key,
    fallback: options.fallback,
    defaultValue: options.fallback,
    version: options.version,
    heal: options.heal,
    read,
    update,
    getValue: async () => (await read()).value,
    // A damaged value seen through a change is healed for the listener; the next read writes the repair.
    watch: (callback) => item.watch((next, previous) => callback(heal(next).value, heal(previous).value)),
  };
}
