// The dashboard's figures of one member tenant (or of the whole alliance) from its counters. Counter names
// are those of `StatDelta`; a counter never written reads as 0, a rate with nothing to divide by as null.
import type { TenantStats } from '../stats/deltas.ts';

export type StatusCounts = Record<string, number>;

export interface Outcome {
  readonly name: string;
  readonly unit: string;
  readonly value: number;
}

export interface Figures {
  readonly memberUnits: number;
  readonly items: Record<'resource' | 'need' | 'project', { total: number; byStatus: StatusCounts }>;
  readonly claims: {
    /** Claims this tenant made on others' items. */
    readonly made: number;
    /** Claims on this tenant's items, by status. */
    readonly received: StatusCounts;
    /** Resources and needs that received at least one accepted claim. */
    readonly itemsClaimed: number;
    /** itemsClaimed ÷ resources and needs posted. */
    readonly claimRate: number | null;
  };
  readonly problems: {
    readonly raised: number;
    /** Problems assigned to this tenant, by status. */
    readonly byStatus: StatusCounts;
    readonly resolvedOnTime: number;
    readonly resolvedLate: number;
    readonly escalated: number;
    /** (resolved + closed) ÷ assigned problems not rejected. */
    readonly closureRate: number | null;
    /** resolvedOnTime ÷ resolved. */
    readonly onTimeRate: number | null;
    readonly averageRating: number | null;
  };
  readonly activities: {
    /** Activities this tenant organises, by status. */
    readonly byStatus: StatusCounts;
    /** People this tenant registered, and of them those who attended. */
    readonly registrations: number;
    readonly attended: number;
  };
  /** Outcomes of this tenant's activities, summed by name and unit. */
  readonly outcomes: Outcome[];
  readonly meetings: { readonly byStatus: StatusCounts };
  readonly actionItems: {
    readonly byStatus: StatusCounts;
    readonly doneOnTime: number;
    readonly doneLate: number;
    /** done ÷ action items not cancelled. */
    readonly completionRate: number | null;
    readonly onTimeRate: number | null;
  };
}

/** Counters that sit under a status prefix but are not statuses. */
const NOT_STATUSES = new Set([
  'problems.raised',
  'problems.resolvedOnTime',
  'problems.resolvedLate',
  'problems.escalated',
  'problems.ratingSum',
  'problems.rated',
  'activities.registrations',
  'activities.attended',
  'actions.doneOnTime',
  'actions.doneLate',
]);

const ratio = (part: number, whole: number): number | null =>
  whole > 0 ? Math.round((part / whole) * 10_000) / 10_000 : null;

const sum = (counts: StatusCounts): number =>
  Object.values(counts).reduce((total, value) => total + value, 0);

export const figuresOf = (stats: TenantStats): Figures => {
  const count = (name: string) => stats[name] ?? 0;
  /** `<prefix>.<status>` counters, by status (statuses that were left again read 0 and are kept). */
  const byStatus = (prefix: string): StatusCounts => {
    const counts: StatusCounts = {};
    for (const [name, value] of Object.entries(stats)) {
      if (!name.startsWith(`${prefix}.`) || NOT_STATUSES.has(name)) continue;
      const status = name.slice(prefix.length + 1);
      if (!status.includes('.')) counts[status] = value;
    }
    return counts;
  };
  const items = (kind: 'resource' | 'need' | 'project') => {
    const counts = byStatus(`items.${kind}`);
    return { total: sum(counts), byStatus: counts };
  };
  const posted = items('resource').total + items('need').total;
  const itemsClaimed = count('itemsClaimed.resource') + count('itemsClaimed.need');

  const problems = byStatus('problems');
  const assigned = sum(problems) - (problems.rejected ?? 0);
  const resolvedOnTime = count('problems.resolvedOnTime');
  const resolvedLate = count('problems.resolvedLate');
  const rated = count('problems.rated');

  const actions = byStatus('actions');
  const doneOnTime = count('actions.doneOnTime');
  const doneLate = count('actions.doneLate');

  return {
    memberUnits: count('memberUnits'),
    items: { resource: items('resource'), need: items('need'), project: items('project') },
    claims: {
      made: count('claimsMade'),
      received: byStatus('claims'),
      itemsClaimed,
      claimRate: ratio(itemsClaimed, posted),
    },
    problems: {
      raised: count('problems.raised'),
      byStatus: problems,
      resolvedOnTime,
      resolvedLate,
      escalated: count('problems.escalated'),
      closureRate: ratio((problems.resolved ?? 0) + (problems.closed ?? 0), assigned),
      onTimeRate: ratio(resolvedOnTime, resolvedOnTime + resolvedLate),
      averageRating: rated > 0 ? Math.round((count('problems.ratingSum') / rated) * 100) / 100 : null,
    },
    activities: {
      byStatus: byStatus('activities'),
      registrations: count('activities.registrations'),
      attended: count('activities.attended'),
    },
    outcomes: outcomesOf(stats),
    meetings: { byStatus: byStatus('meetings') },
    actionItems: {
      byStatus: actions,
      doneOnTime,
      doneLate,
      completionRate: ratio(actions.done ?? 0, sum(actions) - (actions.cancelled ?? 0)),
      onTimeRate: ratio(doneOnTime, doneOnTime + doneLate),
    },
  };
};

/** `outcomes.<name>|<unit>` counters, largest first; figures summed to nothing are left out. */
const outcomesOf = (stats: TenantStats): Outcome[] =>
  Object.entries(stats)
    .filter(([name, value]) => name.startsWith('outcomes.') && value !== 0)
    .map(([name, value]) => {
      const label = name.slice('outcomes.'.length);
      const bar = label.lastIndexOf('|');
      return { name: label.slice(0, bar), unit: label.slice(bar + 1), value };
    })
    .sort((a, b) => b.value - a.value || a.name.localeCompare(b.name, 'zh-CN'));
