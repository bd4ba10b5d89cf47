// Re-running a read-then-write when a concurrent write moved what it read.
import { DomainError } from './errors.ts';

const ATTEMPTS = 5;

/**
 * Runs `attempt` again (reading afresh) when it fails with `write.conflict`; after a few tries the
 * conflict reaches the client as a 409 it may retry.
 */
export const retryOnConflict = async <T>(attempt: () => Promise<T>): Promise<T> => {
  for (let tries = 1; ; tries++) {
    try {
      return await attempt();
    } catch (error) {
      const conflict = error instanceof DomainError && error.code === 'write.conflict';
      if (!conflict || tries >= ATTEMPTS) throw error;
    }
  }
};

/**
 * `retryOnConflict` for writes that name no client version (moderation, departure): a version moved by
 * someone else meanwhile is a conflict to read afresh and retry, not the client's stale If-Match.
 */
export const retryOnChange = <T>(attempt: () => Promise<T>): Promise<T> =>
  retryOnConflict(async () => {
    try {
      return await attempt();
    } catch (error) {
      if (error instanceof DomainError && error.code === 'version.mismatch')
        throw new DomainError('write.conflict');
      throw error;
    }
  });
