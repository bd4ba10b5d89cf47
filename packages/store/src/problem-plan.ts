// How a filtered list of problems is read: which key range (the most selective index the filters name) and
// which filters are left to test on what it reads. Pure, so each plan's cost can be read off (see the README).
import { OPEN_PROBLEM_STATUSES, type ProblemFilter } from '@lianjian/core';
import type { Filter } from './filtered-page.ts';
import { PROBLEM_DUE_PREFIX, PROBLEM_PREFIX, problemDueBefore, problemEntryPrefix } from './keys.ts';

export interface ProblemPlan {
  readonly prefix: string;
  /** The exclusive end of the range (overdue: due dates before today). */
  readonly below?: string;
  readonly newestFirst: boolean;
  /** The range holds index entries (their problems are read by key), not the problems themselves. */
  readonly viaEntries: boolean;
  readonly filter?: Filter;
}

/**
 * overdue=true → the due-date entries before today (open problems only), most overdue first; else assignee →
 * the assignee's entries (with the status in the key when asked); else raiser → the raiser's; else status →
 * the status entries; else the problems themselves, newest first. What the range does not narrow is tested on
 * the entries, which carry status, assignee, raiser and due date.
 */
export const planProblemList = (filter: ProblemFilter): ProblemPlan => {
  const clauses: string[] = [];
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  const test = (field: string, value: string | undefined) => {
    if (value === undefined) return;
    clauses.push(`#${field} = :${field}`);
    names[`#${field}`] = field;
    values[`:${field}`] = value;
  };

  let range: Omit<ProblemPlan, 'filter'>;
  if (filter.overdue === true) {
    range = {
      prefix: PROBLEM_DUE_PREFIX,
      below: problemDueBefore(filter.today),
      newestFirst: false,
      viaEntries: true,
    };
    test('status', filter.status);
    test('assigneeTenantId', filter.assignee);
    test('raiserTenantId', filter.raiser);
  } else {
    const { status } = filter;
    if (filter.assignee !== undefined) {
      range = {
        prefix: problemEntryPrefix({ by: 'assignee', value: filter.assignee }, status),
        newestFirst: true,
        viaEntries: true,
      };
      test('raiserTenantId', filter.raiser);
    } else if (filter.raiser !== undefined) {
      range = {
        prefix: problemEntryPrefix({ by: 'raiser', value: filter.raiser }, status),
        newestFirst: true,
        viaEntries: true,
      };
    } else if (status !== undefined) {
      range = { prefix: problemEntryPrefix({ by: 'status' }, status), newestFirst: true, viaEntries: true };
    } else {
      range = { prefix: PROBLEM_PREFIX, newestFirst: true, viaEntries: false };
    }
    if (filter.overdue === false) {
      const open = OPEN_PROBLEM_STATUSES.map((_, i) => `:open${i}`);
      clauses.push(`NOT (#status IN (${open.join(', ')}) AND dueDate < :today)`);
      names['#status'] = 'status';
      OPEN_PROBLEM_STATUSES.forEach((status, i) => {
        values[`:open${i}`] = status;
      });
      values[':today'] = filter.today;
    }
  }
  return clauses.length === 0
    ? range
    : { ...range, filter: { expression: clauses.join(' AND '), names, values } };
};
