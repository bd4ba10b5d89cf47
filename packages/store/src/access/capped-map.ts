// A map that forgets its least recently used entry beyond a fixed size, so per-tenant caches stay bounded
// however many tenants (and alliance sets) one container ends up serving.

export interface CappedMap<K, V> {
  get(key: K): V | undefined;
  set(key: K, value: V): void;
  readonly size: number;
}

export const createCappedMap = <K, V>(capacity: number): CappedMap<K, V> => {
  if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError(`capacity must be ≥ 1: ${capacity}`);
  // A Map iterates in insertion order: re-inserting on use keeps the least recently used first.
  const entries = new Map<K, V>();
  return {
    get(key) {
      const value = entries.get(key);
      if (value !== undefined) {
        entries.delete(key);
        entries.set(key, value);
      }
      return value;
    },
    set(key, value) {
      entries.delete(key);
      entries.set(key, value);
      if (entries.size > capacity) entries.delete(entries.keys().next().value as K);
    },
    get size() {
      return entries.size;
    },
  };
};
