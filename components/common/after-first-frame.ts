/**
 * Calls `then` once, after the page's first frame: an animation frame, then a task after it (the frame is painted
 * by then). A tab in the background gets no animation frames: `then` runs after 100 ms at the latest.
 * Returns what cancels it.
 */
export function afterFirstFrame(then: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const cancel = () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    clearTimeout(fallback);
  };
  const once = () => {
    cancel();
    then();
  };
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(once, 0);
  });
  const fallback = setTimeout(once, 100);
  return cancel;
}
