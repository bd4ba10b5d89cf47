import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../shared/errors.ts';
import {
  CLAIM_STATUSES,
  CLAIM_TRANSITIONS,
  type ClaimAction,
  type ClaimStatus,
  claimTransition,
  displayedStatus,
  ITEM_STATUSES,
  ITEM_TRANSITIONS,
  itemTransition,
  shanghaiDate,
} from './status.ts';

const CLAIM_ACTIONS = Object.keys(CLAIM_TRANSITIONS) as ClaimAction[];

describe('list status machines', () => {
  it('names only known statuses in every transition', () => {
    for (const { from, to } of Object.values(ITEM_TRANSITIONS)) {
      for (const status of [...from, to]) expect(ITEM_STATUSES).toContain(status);
    }
    for (const { from, to } of Object.values(CLAIM_TRANSITIONS)) {
      for (const status of [...from, to]) expect(CLAIM_STATUSES).toContain(status);
    }
  });

  it('decides a claim once: after the first action every further one is refused', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...CLAIM_ACTIONS), { minLength: 1, maxLength: 6 }), (actions) => {
        let status: ClaimStatus = 'pending';
        const outcomes = actions.map((action) => {
          try {
            status = claimTransition(action, status);
            return 'moved';
          } catch (error) {
            expect(error).toBeInstanceOf(DomainError);
            expect((error as DomainError).code).toBe('claim.notPending');
            return 'refused';
          }
        });
        expect(outcomes[0]).toBe('moved');
        expect(outcomes.slice(1).every((outcome) => outcome === 'refused')).toBe(true);
        expect(status).toBe(CLAIM_TRANSITIONS[actions[0] as ClaimAction].to);
      }),
    );
  });

  it('withdraws and closes open or expired items only', () => {
    expect(itemTransition('withdraw', 'open')).toBe('withdrawn');
    expect(itemTransition('close', 'expired')).toBe('closed');
    for (const status of ['fulfilled', 'closed', 'withdrawn'] as const) {
      expect(() => itemTransition('withdraw', status)).toThrow(DomainError);
      expect(() => itemTransition('close', status)).toThrow(DomainError);
    }
  });

  it('reads an open item as expired after its last valid day in Shanghai, and only then', () => {
    expect(displayedStatus({ status: 'open', validUntil: '2026-12-01' }, '2026-12-01')).toBe('open');
    expect(displayedStatus({ status: 'open', validUntil: '2026-12-01' }, '2026-12-02')).toBe('expired');
    expect(displayedStatus({ status: 'open' }, '2099-01-01')).toBe('open');
    expect(displayedStatus({ status: 'closed', validUntil: '2026-12-01' }, '2026-12-02')).toBe('closed');
    // 16:30 UTC on 1 December is already 2 December in Shanghai.
    expect(shanghaiDate(new Date('2026-12-01T16:30:00Z'))).toBe('2026-12-02');
    expect(shanghaiDate(new Date('2026-12-01T15:59:59Z'))).toBe('2026-12-01');
  });
});
