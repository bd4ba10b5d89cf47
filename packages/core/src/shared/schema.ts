// Building blocks shared by every resource schema (zod/mini keeps the Lambda bundle small).
//
// Schemas are built on first use, not at import: a cold start pays only for the schemas of the route it
// serves, so adding resources does not slow every Lambda start (each zod schema costs work to construct).
import * as z from 'zod/mini';
import { ID_PATTERN } from './ids.ts';

/** `build`'s value, built the first time it is asked for. */
export const once = <T>(build: () => T): (() => T) => {
  let built: { value: T } | undefined;
  return () => {
    built ??= { value: build() };
    return built.value;
  };
};

type Built<B extends Record<string, () => unknown>> = { readonly [K in keyof B]: ReturnType<B[K]> };

/**
 * A group of schemas, each built the first time it is read: a request builds the schemas it parses and no
 * others (`GET /v1/orgs/{orgId}` builds the group's `Params`, not its bodies or its response shape).
 * Parts several members share are `once()` thunks beside the group. Used where a cold start reads one member
 * of a large group (organisations, the shared parts).
 */
export function schemaGroup<B extends Record<string, () => unknown>>(builders: B): () => Built<B>;
/** A group built whole the first time it is asked for: for groups whose members are used together. */
export function schemaGroup<T>(build: () => T): () => T;
export function schemaGroup(builders: Record<string, () => unknown> | (() => unknown)): () => unknown {
  if (typeof builders === 'function') return once(builders);
  const group = {};
  for (const [name, build] of Object.entries(builders)) {
    Object.defineProperty(group, name, {
      configurable: true,
      enumerable: true,
      get() {
        const value = build();
        // A plain property from now on: later reads are field reads.
        Object.defineProperty(group, name, { value, enumerable: true });
        return value;
      },
    });
  }
  return () => group;
}

/** A trimmed, non-empty line of text of at most `max` characters. */
export const textLine = (max: number) =>
  z.pipe(z.string().check(z.trim()), z.string().check(z.minLength(1), z.maxLength(max)));

/** Every list response: one page of items and, unless it is the last page, the cursor of the next. */
export const pageOf = <T extends z.ZodMiniType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.optional(z.string()) });

export const sharedSchemas = schemaGroup({
  /** A time-ordered resource id (ULID). */
  Id: () => z.string().check(z.regex(ID_PATTERN)),

  /** A calendar date `YYYY-MM-DD` that exists (no 2026-02-30). */
  CalendarDate: () =>
    z.string().check(
      z.regex(/^\d{4}-\d{2}-\d{2}$/),
      z.refine((value) => {
        const date = new Date(`${value}T00:00:00Z`);
        return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
      }, '不是有效日期 / not a valid date'),
    ),

  /** `limit` and `cursor` of every list route. */
  pageQueryShape: () => ({
    limit: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(100)), 25),
    cursor: z.optional(z.string().check(z.minLength(1), z.maxLength(2048))),
  }),

  /** Fields every stored resource carries. */
  resourceMetaShape: () => ({
    id: z.string(),
    version: z.int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  }),
});

/** What a list request asks for: a page size and, after the first page, the cursor. */
export interface PageRequest {
  readonly limit: number;
  readonly cursor?: string | undefined;
}

export interface Page<T> {
  readonly items: readonly T[];
  readonly nextCursor?: string;
}
