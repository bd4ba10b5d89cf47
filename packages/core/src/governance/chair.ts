// The rotating chair (轮值主席), derived: who chairs at any moment follows from the schedule, the early
// handovers and the member records, so nothing has to run when a term ends.
//
// Rules:
// - Terms start at 00:00 Asia/Shanghai on `startsOn` and every `termMonths` calendar months after it (the
//   start anniversary for 12), counted from `startsOn` itself so month-end clamping never drifts.
// - Each term goes to the next tenant of the rotation, in order and wrapping around.
// - A tenant that had left the alliance when its term begins is skipped; one that leaves during its term
//   hands the rest of that term to the next member at that moment.
// - An early handover (anchor) gives its tenant a term from that moment; the following terms are counted
//   from the handover's date and continue the rotation after that tenant.
import { addMonths, shanghaiDate, shanghaiIso, shanghaiMidnight } from '../shared/shanghai-time.ts';

export interface ChairRotation {
  readonly rotation: readonly string[];
  readonly termMonths: number;
  /** `YYYY-MM-DD`, Asia/Shanghai: the first term starts at 00:00 that day. */
  readonly startsOn: string;
  readonly anchor?: ChairAnchor;
}

/** The latest early handover: `tenantId` chairs from `at` (an ISO instant). */
export interface ChairAnchor {
  readonly tenantId: string;
  readonly at: string;
}

/** What the derivation needs of a member record. */
export interface RotationMember {
  readonly tenantId: string;
  readonly status: 'active' | 'former';
  readonly leftAt?: string | undefined;
}

export type TermReason = 'scheduled' | 'handover' | 'substitute';

export interface ChairTerm {
  readonly tenantId: string;
  /** ISO 8601 with the +08:00 offset. */
  readonly from: string;
  readonly until: string;
  /** `scheduled` by the rotation, `handover` early by the secretariat, `substitute` for a chair that left. */
  readonly reason: TermReason;
}

export interface ChairState {
  readonly current?: ChairTerm;
  /** The term after the current one, assuming today's members stay. */
  readonly next?: ChairTerm;
  /** Terms from the rotation's start (or the latest handover) to the next one, oldest first, at most `history`. */
  readonly terms: readonly ChairTerm[];
}

/** Bounds the walk: a monthly rotation started in 2000 reaches 2100 within it. */
const MAX_TERMS = 2_000;

interface Segment {
  readonly index: number;
  readonly from: number;
  readonly until: number;
  readonly reason: TermReason;
}

export const deriveChair = (
  schedule: ChairRotation,
  members: readonly RotationMember[],
  now: Date,
  history = 24,
): ChairState => {
  const { rotation, termMonths, anchor } = schedule;
  const count = rotation.length;
  const byTenant = new Map(members.map((member) => [member.tenantId, member]));
  const leftAt = (tenantId: string): number | undefined => {
    const member = byTenant.get(tenantId);
    if (member === undefined) return Number.NEGATIVE_INFINITY; // never a member (or no record): skipped
    if (member.status === 'active') return undefined;
    return member.leftAt === undefined ? Number.NEGATIVE_INFINITY : Date.parse(member.leftAt);
  };
  const memberAt = (tenantId: string, at: number) => {
    const left = leftAt(tenantId);
    return left === undefined || left > at;
  };
  /** The first rotation index from `start` (wrapping) whose tenant is a member at `at`, or -1. */
  const pick = (start: number, at: number): number => {
    for (let step = 0; step < count; step++) {
      const index = (start + step) % count;
      if (memberAt(rotation[index] ?? '', at)) return index;
    }
    return -1;
  };

  const anchorIndex = anchor ? rotation.indexOf(anchor.tenantId) : -1;
  const start = anchor && anchorIndex >= 0 ? Date.parse(anchor.at) : shanghaiMidnight(schedule.startsOn);
  const baseDate = anchor && anchorIndex >= 0 ? shanghaiDate(start) : schedule.startsOn;
  const boundary = (k: number) => shanghaiMidnight(addMonths(baseDate, k * termMonths));
  const nowMs = now.getTime();

  const segments: Segment[] = [];
  let nextIndex = Math.max(anchorIndex, 0);
  let reason: TermReason = anchorIndex >= 0 ? 'handover' : 'scheduled';
  let termStart = start;
  for (let k = 0; k < MAX_TERMS && count > 0; k++) {
    const termEnd = boundary(k + 1);
    let index = pick(nextIndex, termStart);
    let from = termStart;
    while (index >= 0) {
      const left = leftAt(rotation[index] ?? '');
      if (left !== undefined && left > from && left < termEnd) {
        segments.push({ index, from, until: left, reason });
        from = left;
        reason = 'substitute';
        index = pick(index + 1, left);
        continue;
      }
      segments.push({ index, from, until: termEnd, reason });
      break;
    }
    if (index < 0) break; // nobody of the rotation is a member any more
    const last = segments.at(-1);
    if (last && last.from > nowMs) break; // reached the term after the current one
    nextIndex = index + 1;
    reason = 'scheduled';
    termStart = termEnd;
  }

  const term = (segment: Segment): ChairTerm => ({
    tenantId: rotation[segment.index] ?? '',
    from: shanghaiIso(segment.from),
    until: shanghaiIso(segment.until),
    reason: segment.reason,
  });
  const currentAt = segments.findIndex((segment) => segment.from <= nowMs && nowMs < segment.until);
  const nextAt = segments.findIndex((segment) => segment.from > nowMs);
  const current = segments[currentAt];
  const next = segments[nextAt];
  return {
    ...(current ? { current: term(current) } : {}),
    ...(next ? { next: term(next) } : {}),
    terms: segments.slice(-history).map(term),
  };
};
