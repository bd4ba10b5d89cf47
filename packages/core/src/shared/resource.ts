// What every stored resource gets when it is created and when a client edits it with a JSON merge patch.
import { newId } from './ids.ts';
import type { WriteContext } from './write.ts';

interface ResourceMeta {
  readonly id: string;
  readonly version: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** A new resource from validated input and its server-kept fields: a fresh id, version 1, timestamps. */
export const newResource = <T extends object>(ctx: WriteContext, fields: T): T & ResourceMeta => {
  const at = ctx.now.toISOString();
  return { ...fields, id: newId(ctx.now.getTime()), version: 1, createdAt: at, updatedAt: at };
};

/**
 * `current` after a JSON merge patch (RFC 7396): fields left out stay, a value replaces, null removes (only
 * the optional fields may be null, as the schemas enforce). The version moves on by one.
 */
export const mergePatched = <T extends ResourceMeta>(
  ctx: WriteContext,
  current: T,
  patch: object,
  optionalFields: readonly (keyof T & string)[],
): { next: T; removed: (keyof T & string)[] } => {
  const next: T = { ...current, version: current.version + 1, updatedAt: ctx.now.toISOString() };
  for (const [field, value] of Object.entries(patch)) {
    if (value !== undefined && value !== null) Object.assign(next, { [field]: value });
  }
  const removed = optionalFields.filter((field) => (patch as Record<string, unknown>)[field] === null);
  for (const field of removed) delete next[field];
  return { next, removed };
};
