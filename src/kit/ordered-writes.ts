// The copies write a few batches at once (so the target never waits for the worker) but may
// checkpoint a batch only once it and every batch before it have committed: a retry then never
// skips a batch, at worst writes the ones that were in flight again.
export interface OrderedWrites<T> {
  /** A write in progress. */
  add(item: T, write: Promise<void>): void;
  /** Waits, reporting the oldest writes as they commit, until fewer than `limit` are in flight. */
  room(): Promise<void>;
  /** Waits for every write in flight, reporting each in order. */
  drain(): Promise<void>;
  /** Waits for every write in flight to end, however it ends (cleanup after a failure). */
  settle(): Promise<void>;
}

/** `committed(item)` is called for each write, in the order they were added. */
export function orderedWrites<T>(limit: number, committed: (item: T) => void): OrderedWrites<T> {
  const inFlight: { item: T; write: Promise<void> }[] = [];
  const oldest = async () => {
    const { item, write } = inFlight.shift()!;
    await write;
    committed(item);
  };
  return {
    add(item, write) {
      write.catch(() => undefined); // awaited by `oldest`, or by `settle` after a failure
      inFlight.push({ item, write });
    },
    async room() {
      while (inFlight.length >= limit) await oldest();
    },
    async drain() {
      while (inFlight.length) await oldest();
    },
    async settle() {
      await Promise.allSettled(inFlight.map((w) => w.write));
    },
  };
}
