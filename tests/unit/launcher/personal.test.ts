// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  EMPTY_PERSONAL,
  hide,
  moveFavourite,
  type PersonalState,
  pin,
  RECENTS_LIMIT,
  recordRecent,
  unhide,
  unpin,
} from '@/utils/launcher/personal';

const withFavourites = (...favourites: string[]): PersonalState => ({ ...EMPTY_PERSONAL, favourites });

describe('personal state operations', () => {
  it('pins at the end, once, and unpins', () => {
    const state = pin(pin(pin(EMPTY_PERSONAL, 'a'), 'b'), 'a');
    expect(state.favourites).toEqual(['a', 'b']);
    expect(unpin(state, 'a').favourites).toEqual(['b']);
  });

  it('moves a favourite up and down, clamped to the list', () => {
    const state = withFavourites('a', 'b', 'c');
    expect(moveFavourite(state, 'c', -1).favourites).toEqual(['a', 'c', 'b']);
    expect(moveFavourite(state, 'a', 1).favourites).toEqual(['b', 'a', 'c']);
    expect(moveFavourite(state, 'a', -5)).toBe(state);
    expect(moveFavourite(state, 'b', 9).favourites).toEqual(['a', 'c', 'b']);
    expect(moveFavourite(state, 'zz', 1)).toBe(state);
  });

  it('hiding unpins; unhiding shows again', () => {
    const hidden = hide(withFavourites('a', 'b'), 'a');
    expect(hidden).toMatchObject({ favourites: ['b'], hidden: ['a'] });
    expect(unhide(hidden, 'a').hidden).toEqual([]);
  });

  it('keeps the last 8 distinct recents, most recent first', () => {
    let state = EMPTY_PERSONAL;
    for (let i = 0; i < 10; i++) state = recordRecent(state, `t${i}`, i);
    state = recordRecent(state, 't5', 100);
    expect(state.recents).toHaveLength(RECENTS_LIMIT);
    expect(state.recents.map((recent) => recent.toolId)).toEqual(['t5', 't9', 't8', 't7', 't6', 't4', 't3', 't2']);
    expect(state.recents[0]?.at).toBe(100);
  });
});
