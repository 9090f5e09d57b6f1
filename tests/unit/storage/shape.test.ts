import { describe, expect, it } from 'vitest';
import { listOf, localized, objectOf, optional, recordOf, text } from '@/utils/storage-health/shape';

const tools = objectOf({
  tools: listOf(objectOf({ id: text, label: localized, keywords: optional(listOf(text)) })),
  help: recordOf(text),
});

const good = {
  tools: [
    { id: 'a', label: 'A' },
    { id: 'b', label: { fr: 'B', en: 'B' }, keywords: ['x'] },
  ],
  help: {},
};

describe('shape checks', () => {
  it('pass a value of the right shape, labels as one text or one per language', () => {
    expect(tools(good, 'launcher')).toBeNull();
  });

  it.each([
    ['a field of a list item', { ...good, tools: [good.tools[0], { id: 2, label: 'B' }] }, 'launcher.tools[1].id'],
    [
      'an item of a list in a list item',
      { ...good, tools: [{ id: 'a', label: 'A', keywords: ['x', 3] }] },
      'launcher.tools[0].keywords[1]',
    ],
    [
      'a label per language with a number in it',
      { ...good, tools: [{ id: 'a', label: { fr: 3 } }] },
      'launcher.tools[0].label',
    ],
    ['a value of a record', { ...good, help: { hotline: 'x', mail: false } }, 'launcher.help.mail'],
    ['the value itself', 'not an object', 'launcher'],
  ])('say where the problem is: %s', (_what, value, path) => {
    expect(tools(value, 'launcher')?.path).toBe(path);
  });

  it('say "(whole value)" for a value checked on its own that is wrong as a whole, and paths without a root', () => {
    expect(tools(null, '')?.path).toBe('(whole value)');
    expect(tools({ ...good, help: { mail: 1 } }, '')?.path).toBe('help.mail');
    expect(listOf(text)(['a', 1], '')?.path).toBe('[1]');
  });
});
