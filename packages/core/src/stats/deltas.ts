// The alliance counters the dashboard and the leaderboard read. Every write that changes what they count says
// so with deltas, which the store applies (DynamoDB ADD) in the write's own transaction: the counters are
// never recounted on a read and never drift from the records.
import { shanghaiDate } from '../shared/shanghai-time.ts';

/** One counter of one member tenant moved by `by`. */
export interface StatDelta {
  readonly tenantId: string;
  /** Dotted name, e.g. `items.need.open`, `problems.resolved`, `outcome.visitors.人次`. */
  readonly counter: string;
  readonly by: number;
  /**
   * A calendar month (`YYYY-MM`, Asia/Shanghai): the delta goes to that month's counters (the leaderboard's
   * facts) instead of the all-time ones (the dashboard's).
   */
  readonly month?: string;
}

/** `tenantId`'s `counter` moved by `by` (all-time). */
export const counted = (tenantId: string, counter: string, by = 1): StatDelta => ({ tenantId, counter, by });

/** `tenantId`'s `counter` for `month` moved by `by`. */
export const countedInMonth = (tenantId: string, counter: string, month: string, by = 1): StatDelta => ({
  tenantId,
  counter,
  by,
  month,
});

/**
 * A record of `tenantId` moving from status `from` to `to` under `prefix` (`items.need` + `open` →
 * `items.need.open`). `undefined` is "did not exist" / "no longer counted"; no move, no deltas.
 */
export const statusMoved = (
  tenantId: string,
  prefix: string,
  from: string | undefined,
  to: string | undefined,
): StatDelta[] => {
  if (from === to) return [];
  return [
    ...(from === undefined ? [] : [counted(tenantId, `${prefix}.${from}`, -1)]),
    ...(to === undefined ? [] : [counted(tenantId, `${prefix}.${to}`, 1)]),
  ];
};

/** The Asia/Shanghai calendar month (`YYYY-MM`) of an instant or ISO timestamp. */
export const shanghaiMonth = (instant: Date | number | string): string =>
  shanghaiDate(typeof instant === 'string' ? Date.parse(instant) : instant).slice(0, 7);

/** One member tenant's counters, as read. */
export type TenantStats = Readonly<Record<string, number>>;

/** Stats summed over member tenants (counters absent from a tenant count as 0). */
export const sumStats = (stats: Iterable<TenantStats>): Record<string, number> => {
  const total: Record<string, number> = {};
  for (const tenant of stats)
    for (const [counter, value] of Object.entries(tenant)) total[counter] = (total[counter] ?? 0) + value;
  return total;
};
