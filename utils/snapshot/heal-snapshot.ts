/**
 * Checks a stored snapshot slice by slice: a slice of the wrong shape is replaced by its empty value (the
 * background publishes the real one again), the others are kept. What was dropped is said, for the diagnostics.
 */
import { isRecord, type Problem } from '../storage-health/shape';
import { SLICE_SHAPES } from './snapshot-shape';
import { EMPTY_SNAPSHOT, type PopupSnapshot, type SliceName } from './types';

interface HealedSnapshot {
  snapshot: PopupSnapshot;
  dropped: Problem[];
}

const SLICES = Object.keys(EMPTY_SNAPSHOT) as SliceName[];

export function healSnapshot(value: unknown): HealedSnapshot {
  if (!isRecord(value))
    return { snapshot: EMPTY_SNAPSHOT, dropped: [{ path: '(whole value)', reason: 'expected an object' }] };
  const dropped: Problem[] = [];
  const snapshot = { ...EMPTY_SNAPSHOT };
  for (const slice of SLICES) {
    const found = SLICE_SHAPES[slice](value[slice], slice);
    // Assigning through the union of slice types needs the cast; the shape check is what makes it true.
    if (found) dropped.push(found);
    else (snapshot as Record<SliceName, unknown>)[slice] = value[slice];
  }
  return { snapshot, dropped };
}

/** True when every slice has its shape (the paint cache is then safe to paint from). */
export function isWholeSnapshot(value: unknown): value is PopupSnapshot {
  return isRecord(value) && SLICES.every((slice) => SLICE_SHAPES[slice](value[slice], slice) === null);
}
