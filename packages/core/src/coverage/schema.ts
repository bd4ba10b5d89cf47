// Coverage (两个覆盖): per category, how many units there are and how many host a Party organisation.
import * as z from 'zod/mini';
import { schemaGroup, sharedSchemas } from '../shared/schema.ts';
import { UNIT_FLAGS, UNIT_KINDS } from '../units/schema.ts';

export const COVERAGE_DIMENSIONS = ['all', 'flag', 'kind', 'chain', 'town'] as const;

/** `all`, `kind:<kind>`, `flag:<flag>`, `chain:<chainId>` or `town:<town>`. */
const CATEGORY_PATTERN = new RegExp(
  `^(all|kind:(${UNIT_KINDS.join('|')})|flag:(${UNIT_FLAGS.join('|')})|chain:[0-9A-HJKMNP-TV-Z]{26}|town:[^#]{1,50})$`,
);
export const isCoverageCategory = (value: string): boolean => CATEGORY_PATTERN.test(value);

/** At most this many targets: every flag and kind, and generous room for chains and towns. */
export const MAX_TARGETS = 200;

export const coverageSchemas = schemaGroup(() => {
  const { pageQueryShape } = sharedSchemas();
  const Category = z
    .string()
    .check(z.refine(isCoverageCategory, '不是有效的覆盖类别 / not a coverage category'));
  const Rate = z.number().check(z.minimum(0), z.maximum(1));

  const Row = z.object({
    category: z.string(),
    dimension: z.enum(COVERAGE_DIMENSIONS),
    /** The kind, flag, chain id or town; absent for `all`. */
    key: z.optional(z.string()),
    /** What the category is called, in Chinese (a chain's or town's own name). */
    label: z.string(),
    units: z.int(),
    covered: z.int(),
    /** covered / units, rounded to 4 places; null when the category has no units. */
    rate: z.nullable(z.number()),
    target: z.optional(z.number()),
    /** Whether the rate reaches the target (absent when no target is set). */
    meetsTarget: z.optional(z.boolean()),
  });

  return {
    Category,
    Row,
    Coverage: z.object({
      total: Row,
      categories: z.array(Row),
      /** Version of the targets (0 before any are set); If-Match of PUT /v1/coverage/targets. */
      targetsVersion: z.int(),
    }),
    Targets: z.strictObject({
      targets: z
        .record(Category, Rate)
        .check(
          z.refine(
            (targets) => Object.keys(targets).length <= MAX_TARGETS,
            `最多 ${MAX_TARGETS} 项 / at most ${MAX_TARGETS}`,
          ),
        ),
    }),
    TargetsResponse: z.object({ targets: z.record(z.string(), z.number()), version: z.int() }),
    GapQuery: z.strictObject({ ...pageQueryShape, category: Category }),
  };
});

type CoverageSchemas = ReturnType<typeof coverageSchemas>;
export type Coverage = z.infer<CoverageSchemas['Coverage']>;
export type CoverageRow = z.infer<CoverageSchemas['Row']>;
export type CoverageTargets = z.infer<CoverageSchemas['Targets']>;
export type GapQuery = z.infer<CoverageSchemas['GapQuery']>;
