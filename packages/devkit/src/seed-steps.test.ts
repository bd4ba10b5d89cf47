import { describe, expect, it } from 'vitest';
import { runSeedSteps, type SeedStep } from './seed-steps.ts';

interface State {
  ids: string[];
  log: string[];
}

const markersOf = (present: string[]) => {
  const set = new Set(present);
  return {
    set,
    has: async (marker: string) => set.has(marker),
    write: async (marker: string) => {
      set.add(marker);
    },
  };
};

const steps: SeedStep<State, { records: number; alliances: number }>[] = [
  {
    marker: 'records',
    run: async (state) => {
      state.log.push('run records');
      return { records: 3 };
    },
  },
  {
    marker: 'alliances',
    run: async (state) => {
      state.log.push('run alliances');
      state.ids.push('new-alliance');
      return { alliances: 1 };
    },
    recover: async (state) => {
      state.log.push('recover alliances');
      state.ids.push('found-alliance');
    },
  },
  {
    marker: 'content',
    run: async (state) => {
      state.log.push(`run content for ${state.ids.join(',')}`);
      return {};
    },
  },
];

describe('runSeedSteps', () => {
  it('runs every step on an empty database, in order, and marks each', async () => {
    const markers = markersOf([]);
    const state: State = { ids: [], log: [] };
    const outcome = await runSeedSteps(markers, steps, state);
    expect(outcome).toEqual({
      ran: ['records', 'alliances', 'content'],
      summary: { records: 3, alliances: 1 },
    });
    expect(state.log).toEqual(['run records', 'run alliances', 'run content for new-alliance']);
    expect([...markers.set]).toEqual(['records', 'alliances', 'content']);
  });

  it('runs only the missing steps on an older database, recovering what they need from the earlier ones', async () => {
    const state: State = { ids: [], log: [] };
    const outcome = await runSeedSteps(markersOf(['records', 'alliances']), steps, state);
    expect(outcome).toEqual({ ran: ['content'], summary: {} });
    expect(state.log).toEqual(['recover alliances', 'run content for found-alliance']);
  });

  it('does nothing, not even a recovery, on a fully seeded database', async () => {
    const state: State = { ids: [], log: [] };
    expect(await runSeedSteps(markersOf(['records', 'alliances', 'content']), steps, state)).toEqual({
      ran: [],
      summary: {},
    });
    expect(state.log).toEqual([]);
  });

  it('leaves a failed step unmarked, so the next start runs it again', async () => {
    const markers = markersOf([]);
    const failing: SeedStep<State, object>[] = [
      { marker: 'ok', run: async () => ({}) },
      {
        marker: 'broken',
        run: async () => {
          throw new Error('DynamoDB went away');
        },
      },
    ];
    await expect(runSeedSteps(markers, failing, { ids: [], log: [] })).rejects.toThrow('DynamoDB went away');
    expect([...markers.set]).toEqual(['ok']);
  });
});
