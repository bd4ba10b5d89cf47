// The place rules and counter deltas of activities, without storage: random registrations and cancellations never
// take more than a quota, the unallocated places or the capacity, and the deltas net out.
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../shared/errors.ts';
import { activityStatusDeltas, attendanceDeltas, outcomeDeltas } from './counters.ts';
import { placeFor, unallocatedPlaces } from './rules.ts';
import type { StoredActivity } from './schema.ts';
import { activityTransition } from './status.ts';

const NOW = new Date('2026-12-01T00:00:00Z');
const TENANTS = ['sh-jinshan', 'zj-jiashan', 'zj-pinghu', 'js-suzhou'] as const;

const activity = (capacity: number | undefined, quotas: Record<string, number>): StoredActivity => ({
  id: 'a',
  version: 1,
  createdAt: '',
  updatedAt: '',
  allianceId: 'x',
  organiserTenantId: 'sh-jinshan',
  title: 't',
  kind: 'training',
  startsAt: '2026-12-10T09:00:00+08:00',
  ...(capacity === undefined ? {} : { capacity }),
  quotas,
  status: 'open',
  registered: 0,
  registeredBy: {},
  openTaken: 0,
  outcomes: [],
});

describe('activity places', () => {
  it('never gives more places than the quotas, the unallocated places or the capacity', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 3, maxLength: 3 }),
        fc.array(fc.tuple(fc.constantFrom(...TENANTS), fc.boolean()), { maxLength: 60 }),
        (capacity, quotaList, steps) => {
          const quotas: Record<string, number> = {};
          quotaList.forEach((places, index) => {
            const tenant = TENANTS[index];
            if (places > 0 && tenant) quotas[tenant] = places;
          });
          const sum = Object.values(quotas).reduce((a, b) => a + b, 0);
          if (sum > capacity) return;
          let state = activity(capacity, quotas);
          const held: { tenant: string; pool: string }[] = [];
          for (const [tenant, cancel] of steps) {
            const index = held.findIndex((place) => place.tenant === tenant);
            if (cancel && index >= 0) {
              const [place] = held.splice(index, 1);
              state = {
                ...state,
                registered: state.registered - 1,
                registeredBy: { ...state.registeredBy, [tenant]: (state.registeredBy[tenant] ?? 0) - 1 },
                openTaken: state.openTaken - (place?.pool === 'open' ? 1 : 0),
              };
              continue;
            }
            try {
              const pool = placeFor(state, tenant, NOW);
              held.push({ tenant, pool });
              state = {
                ...state,
                registered: state.registered + 1,
                registeredBy: { ...state.registeredBy, [tenant]: (state.registeredBy[tenant] ?? 0) + 1 },
                openTaken: state.openTaken + (pool === 'open' ? 1 : 0),
              };
            } catch (error) {
              expect(error).toBeInstanceOf(DomainError);
              expect(['activity.quotaExceeded', 'activity.full']).toContain((error as DomainError).code);
            }
            expect(state.registered).toBeLessThanOrEqual(capacity);
            expect(state.openTaken).toBeLessThanOrEqual(unallocatedPlaces(state) ?? Number.POSITIVE_INFINITY);
            for (const [quotaTenant, places] of Object.entries(quotas))
              expect(state.registeredBy[quotaTenant] ?? 0).toBeLessThanOrEqual(places);
          }
        },
      ),
    );
  });

  it('refuses a closed activity and a passed deadline', () => {
    expect(() => placeFor({ ...activity(5, {}), status: 'closed' }, 'js-suzhou', NOW)).toThrow(
      'activity.notOpen',
    );
    const late = { ...activity(5, {}), registrationDeadline: '2026-11-30T17:00:00+08:00' };
    expect(() => placeFor(late, 'js-suzhou', NOW)).toThrow('activity.registrationClosed');
  });
});

describe('activity counters', () => {
  it('counts statuses and hosted activities in the month the activity starts', () => {
    const organised = { organiserTenantId: 'sh-jinshan', startsAt: '2026-03-31T23:30:00+08:00' };
    expect(activityStatusDeltas(organised, 'closed', activityTransition('complete', 'closed'))).toEqual([
      { tenantId: 'sh-jinshan', counter: 'activities.closed', by: -1 },
      { tenantId: 'sh-jinshan', counter: 'activities.done', by: 1 },
      { tenantId: 'sh-jinshan', counter: 'board.activitiesHosted', by: 1, month: '2026-03' },
    ]);
    expect(() => activityTransition('open', 'done')).toThrow('activity.wrongStatus');
  });

  it('moves outcome totals by the difference, leaving rates out', () => {
    const before = [
      { name: '捐赠书籍', value: 1419, unit: '本' },
      { name: '单日游客量', value: 47, unit: '%' },
    ];
    const after = [
      { name: '捐赠书籍', value: 1420, unit: '本' },
      { name: '筹得善款', value: 40000, unit: '元' },
    ];
    expect(outcomeDeltas('sh-jinshan', before, after)).toEqual([
      { tenantId: 'sh-jinshan', counter: 'outcomes.捐赠书籍|本', by: 1 },
      { tenantId: 'sh-jinshan', counter: 'outcomes.筹得善款|元', by: 40000 },
    ]);
  });

  it('counts attendance once, and takes it back', () => {
    expect(attendanceDeltas('zj-pinghu', '2026-04-18T08:30:00+08:00', undefined, true)).toHaveLength(2);
    expect(attendanceDeltas('zj-pinghu', '2026-04-18T08:30:00+08:00', true, true)).toEqual([]);
    expect(attendanceDeltas('zj-pinghu', '2026-04-18T08:30:00+08:00', true, false)[1]).toMatchObject({
      counter: 'board.participantsSent',
      by: -1,
      month: '2026-04',
    });
    expect(attendanceDeltas('zj-pinghu', '2026-04-18T08:30:00+08:00', false, false)).toEqual([]);
  });
});
