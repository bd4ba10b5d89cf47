// Rows are checked by the same zod schemas as API requests; their issues are reported against the column.
import type * as z from 'zod/mini';
import type { RowReader } from './cells.ts';
import { type Text, text } from './types.ts';

/** Words for one schema issue, without the field name (e.g. 不能超过 100个字符 / must be at most 100 characters). */
export type DescribeIssue = (issue: z.core.$ZodIssue) => Text;

/** The schema's own message (`中文 / English`); the API passes its richer describer instead. */
export const describeBySchemaMessage: DescribeIssue = (issue) => {
  const [zh = issue.message, en = zh] = issue.message.split(' / ');
  return text(zh, en);
};

/**
 * The row's input as the schema outputs it, or undefined after reporting each issue on its column.
 * `fieldOf` maps a schema field to the row's field (hostUnitIds → hosts).
 */
export const checkWithSchema = <S extends z.ZodMiniType>(
  reader: RowReader,
  schema: S,
  input: unknown,
  describe: DescribeIssue,
  fieldOf: (key: string) => string = (key) => key,
): z.output<S> | undefined => {
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const key = issue.path[0];
    const field = typeof key === 'string' ? fieldOf(key) : undefined;
    const words = describe(issue);
    const header = field === undefined ? undefined : reader.header(field);
    reader.fail(field, header === undefined ? words : text(`${header}${words.zh}`, `${header}: ${words.en}`));
  }
  return undefined;
};
