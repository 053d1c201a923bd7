/**
 * One pass running, at most one pending: calls made while `pass` runs are folded into a single
 * further pass, started when the running one ends, so a burst of wakes (one per event of a large
 * import by another process) costs two passes, not one per event.
 */
export function coalesce(pass: () => Promise<unknown> | void): () => Promise<void> {
  let running: Promise<void> | undefined;
  let pending = false;
  const start = (): Promise<void> => {
    running = (async () => {
      try {
        await pass();
      } finally {
        running = undefined;
      }
      if (pending) {
        pending = false;
        await start();
      }
    })();
    return running;
  };
  return () => {
    if (!running) return start();
    pending = true;
    return running;
  };
}
