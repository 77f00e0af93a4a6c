/**
 * A FIFO lock for adapters with one connection (memory, SQLite, PGlite): an async transaction holds it from
 * BEGIN to COMMIT, so another caller's statements cannot slip into it while it awaits.
 */
export interface Mutex {
  run<T>(fn: () => Promise<T> | T): Promise<T>;
}

export function createMutex(): Mutex {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    run<T>(fn: () => Promise<T> | T): Promise<T> {
      const result = tail.then(fn);
      // The next caller waits for this one to settle, whether it succeeded or failed.
      tail = result.then(
        () => undefined,
        () => undefined,
      );
      return result;
    },
  };
}
