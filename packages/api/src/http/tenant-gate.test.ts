// The gate's lease on an `active` status: how long it is acted on, and what ends it early. The commit wait on
// the other side (a suspension answers only after the lease) is tested through the app in test/tenants.test.ts.
import { isDomainError, type LeaseClock, type Tenant } from '@lianjian/core';
import { describe, expect, it } from 'vitest';
import { createTenantGate } from './tenant-gate.ts';

const LEASE = 1_000;

const fakeClock = () => {
  const now = { wall: 1_800_000_000_000, monotonic: 5_000 };
  const clock: LeaseClock = { wall: () => now.wall, monotonic: () => now.monotonic };
  const pass = (ms: number) => {
    now.wall += ms;
    now.monotonic += ms;
  };
  return { now, clock, pass };
};

/** A registry of one tenant whose status the test sets, counting reads. */
const registry = (status: Tenant['status'] = 'active') => {
  const state = { status, reads: 0 };
  const find = async (tenantId: string) => {
    state.reads++;
    return { id: tenantId, status: state.status } as Tenant;
  };
  return { state, find };
};

const refusal = async (gate: Promise<void>) => {
  try {
    await gate;
    return 'admitted';
  } catch (error) {
    return isDomainError(error) ? error.code : 'unexpected';
  }
};

describe('the tenant gate', () => {
  it('acts on an active status for the lease, then reads it again', async () => {
    const { clock, pass } = fakeClock();
    const { state, find } = registry();
    const gate = createTenantGate(find, { leaseMs: LEASE, clock });

    await gate('sh-jinshan');
    pass(LEASE - 1);
    await gate('sh-jinshan');
    expect(state.reads).toBe(1);

    pass(1);
    state.status = 'suspended';
    expect(await refusal(gate('sh-jinshan'))).toBe('auth.tenantSuspended');
    expect(state.reads).toBe(2);
  });

  it('counts the lease from when the read started, not when it answered', async () => {
    const { clock, pass } = fakeClock();
    const state = { reads: 0 };
    const slowFind = async (tenantId: string) => {
      state.reads++;
      pass(LEASE / 2); // the read itself takes half the lease
      return { id: tenantId, status: 'active' } as Tenant;
    };
    const gate = createTenantGate(slowFind, { leaseMs: LEASE, clock });
    await gate('sh-jinshan');
    pass(LEASE / 2);
    await gate('sh-jinshan');
    expect(state.reads).toBe(2);
  });

  it('never leases a refusal: a resumed tenant is admitted on its next request', async () => {
    const { clock } = fakeClock();
    const { state, find } = registry('suspended');
    const gate = createTenantGate(find, { leaseMs: LEASE, clock });
    expect(await refusal(gate('sh-jinshan'))).toBe('auth.tenantSuspended');
    state.status = 'active';
    expect(await refusal(gate('sh-jinshan'))).toBe('admitted');
    state.status = 'offboarding';
    expect(await refusal(gate('sh-baoshan'))).toBe('auth.tenantInactive');
    expect(state.reads).toBe(3);
  });

  it('ends the lease when either clock says it is over', async () => {
    const { now, clock } = fakeClock();
    const { state, find } = registry();
    const gate = createTenantGate(find, { leaseMs: LEASE, clock });

    await gate('sh-jinshan');
    now.wall += LEASE; // a container frozen between invocations: the monotonic clock stood still
    await gate('sh-jinshan');
    expect(state.reads).toBe(2);

    now.wall -= 60_000; // the wall clock stepped back
    await gate('sh-jinshan');
    expect(state.reads).toBe(3);

    now.monotonic += LEASE; // the monotonic clock ran on
    await gate('sh-jinshan');
    expect(state.reads).toBe(4);
  });

  it('reads on every request with a lease of 0, and leases each tenant on its own', async () => {
    const { clock } = fakeClock();
    const { state, find } = registry();
    const everyTime = createTenantGate(find, { leaseMs: 0, clock });
    await everyTime('sh-jinshan');
    await everyTime('sh-jinshan');
    expect(state.reads).toBe(2);

    const leased = createTenantGate(find, { leaseMs: LEASE, clock });
    await leased('sh-jinshan');
    await leased('js-qixia');
    await leased('sh-jinshan');
    expect(state.reads).toBe(4);
  });
});
