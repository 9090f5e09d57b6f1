import { useEffect, useState } from 'preact/hooks';

/** False for the first frame, then true: lets a long list paint its visible part first. */
export function useAfterFirstFrame(): boolean {
  const [done, setDone] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setDone(true), 0);
    });
    // A tab in the background gets no animation frames.
    const fallback = setTimeout(() => setDone(true), 100);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      clearTimeout(fallback);
    };
  }, []);
  return done;
}
