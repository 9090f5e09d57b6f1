import { useEffect, useState } from 'preact/hooks';
import { afterFirstFrame } from './after-first-frame';

/** False for the first frame, then true: lets a page paint what is in view first. */
export function useAfterFirstFrame(): boolean {
  const [done, setDone] = useState(false);
  useEffect(() => afterFirstFrame(() => setDone(true)), []);
  return done;
}
