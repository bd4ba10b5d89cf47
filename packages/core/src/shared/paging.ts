// Reading a paged range to its end: departure steps and exports walk an index range whole.

/** Every page of a paged read, in order (departure steps and exports walk an index range to its end). */
export async function* allPages<T>(
  read: (page: { limit: number; cursor?: string | undefined }) => Promise<{
    readonly items: readonly T[];
    readonly nextCursor?: string | undefined;
  }>,
  limit = 100,
): AsyncGenerator<readonly T[]> {
  let cursor: string | undefined;
  do {
    const page = await read({ limit, cursor });
    if (page.items.length > 0) yield page.items;
    cursor = page.nextCursor;
  } while (cursor !== undefined);
}

/** Every item of a paged read. */
export const readAll = async <T>(read: Parameters<typeof allPages<T>>[0], limit?: number): Promise<T[]> => {
  const items: T[] = [];
  for await (const page of allPages(read, limit)) items.push(...page);
  return items;
};
