import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defineHealedItem, type Heal } from '@/utils/storage-health/healed-item';
import { rememberedHeal } from '@/utils/storage-health/remembered-heal';
import { readRepairs } from '@/utils/storage-health/repairs';

interface Settings {
  tools: { id: string; label: string }[];
}

/** Keeps the tools with a string label, and counts its calls. */
function countingHeal() {
  const heal = vi.fn<Heal<Settings>>((stored) => {
    const tools = ((stored as Settings | undefined)?.tools ?? []).filter((tool) => typeof tool.label === 'string');
    const lost = ((stored as Settings | undefined)?.tools?.length ?? 0) - tools.length;
    return { value: { tools }, dropped: lost > 0 ? [{ path: 'tools', reason: `${lost} without a label` }] : [] };
  });
  return heal;
}

const stored = (...ids: string[]): Settings => ({ tools: ids.map((id) => ({ id, label: id.toUpperCase() })) });

describe('rememberedHeal', () => {
  it('checks a value read again as it was stored only once, and answers a fresh copy each time', () => {
    const heal = countingHeal();
    const remembered = rememberedHeal(heal);
    const first = remembered(stored('notes', 'payslips'));
    first.value.tools.pop();
    const second = remembered(stored('notes', 'payslips'));
    expect(heal).toHaveBeenCalledTimes(1);
    expect(second).toEqual({ value: stored('notes', 'payslips'), dropped: [] });
  });

  it('checks a changed value, and remembers the two latest (a change event heals the new value and the old)', () => {
    const heal = countingHeal();
    const remembered = rememberedHeal(heal);
    for (const ids of [['notes'], ['notes', 'payslips'], ['notes'], ['notes', 'payslips']]) remembered(stored(...ids));
    expect(heal).toHaveBeenCalledTimes(2);
    remembered(stored('vehicles'));
    remembered(stored('notes'));
    expect(heal).toHaveBeenCalledTimes(4);
  });

  it('never remembers a value that needed repair, nor a missing one', () => {
    const heal = countingHeal();
    const remembered = rememberedHeal(heal);
    const damaged = { tools: [{ id: 'notes', label: 7 }] };
    expect(remembered(damaged).dropped).toHaveLength(1);
    expect(remembered(damaged).dropped).toHaveLength(1);
    remembered(undefined);
    remembered(undefined);
    expect(heal).toHaveBeenCalledTimes(4);
  });
});

describe('a stored item that remembers what it checked', () => {
  it('reads an unchanged value without checking it again, and still repairs and logs a damaged one', async () => {
    const heal = countingHeal();
    const item = defineHealedItem<Settings>('local:rememberedTest', {
      fallback: { tools: [] },
      version: 1,
      heal,
      rememberChecked: true,
    });
    await fakeBrowser.storage.local.set({ rememberedTest: stored('notes') });
    expect(await item.getValue()).toEqual(stored('notes'));
    expect(await item.getValue()).toEqual(stored('notes'));
    expect(heal).toHaveBeenCalledTimes(1);
    await fakeBrowser.storage.local.set({ rememberedTest: { tools: [{ id: 'notes', label: null }] } });
    expect(await item.getValue()).toEqual({ tools: [] });
    expect((await readRepairs()).map((repair) => repair.path)).toContain('tools');
    expect(await fakeBrowser.storage.local.get('rememberedTest')).toEqual({ rememberedTest: { tools: [] } });
  });
});
