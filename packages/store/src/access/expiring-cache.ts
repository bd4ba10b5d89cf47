// Values that expire (credentials), kept per key until shortly before they do. Concurrent callers of one
// key share one load; a failed load is forgotten, so the next caller tries again.
import { createCappedMap } from './capped-map.ts';

export interface Expiring {
  /** Epoch milliseconds. */
  readonly expiresAt: number;
}

export interface ExpiringCacheOptions {
  /** A value this close to its expiry is loaded again. */
  readonly refreshMarginMs: number;
  readonly maxEntries: number;
  readonly now: () => number;
}

export interface ExpiringCache<V extends Expiring> {
  get(key: string, load: () => Promise<V>): Promise<V>;
}

export const createExpiringCache = <V extends Expiring>(options: ExpiringCacheOptions): ExpiringCache<V> => {
  const settled = createCappedMap<string, V>(options.maxEntries);
  const loading = new Map<string, Promise<V>>();
  return {
    get(key, load) {
      const hit = settled.get(key);
      if (hit && options.now() < hit.expiresAt - options.refreshMarginMs) return Promise.resolve(hit);
      const pending = loading.get(key);
      if (pending) return pending;
      // Started on a later tick, so even a load that throws synchronously is registered first.
      const started = Promise.resolve()
        .then(load)
        .then((value) => {
          settled.set(key, value);
          return value;
        });
      loading.set(key, started);
      const forget = () => {
        loading.delete(key);
      };
      started.then(forget, forget);
      return started;
    },
  };
};
