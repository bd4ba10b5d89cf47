// Writing planned unit rows. A transaction costs much the same for one unit as for several, so runs of new
// units are written in batches, several units to a transaction; updates of stored units go one at a time.
// Writes keep the file's order around updates (a rename may free the name a later new unit takes), and a
// batch the store refuses is written again row by row, so each row gets the precise rejection it would get
// on its own.
//
// Batches go one at a time: two in flight measured slower on DynamoDB Local (113–131 against 147–156 units a
// second), and in DynamoDB every batch moves the same coverage counts, so batches in flight would conflict.
import { isDomainError } from '../shared/errors.ts';
import { retryOnConflict } from '../shared/retry.ts';
import type { UnitBatch } from '../units/creation.ts';
import type { ImportReport, RowRejection } from './types.ts';
import type { UnitPlan } from './units.ts';

export type WriteCounts = Pick<ImportReport, 'created' | 'updated' | 'unchanged' | 'pending'>;

type CreatePlan = Extract<UnitPlan, { action: 'create' }>;

export interface UnitRowWriter {
  /** Plans consecutive new rows in batches of one transaction each, in order. */
  batches(creates: readonly CreatePlan[]): UnitBatch<CreatePlan>[];
  /** Writes one row the way it is written alone; its rejection, if a domain rule refused it. */
  writeOne(plan: UnitPlan): Promise<RowRejection | undefined>;
}

/**
 * Writes `plans` in order until `budgetMs` has passed (at least one write, a row or a batch, is made); the
 * rows not reached are pending. A rejected row goes to `rejected`; any other failure fails the import.
 */
export const writeUnitRows = async (
  plans: readonly UnitPlan[],
  budgetMs: number,
  writer: UnitRowWriter,
  rejected: RowRejection[],
): Promise<WriteCounts> => {
  const counts = { created: 0, updated: 0, unchanged: 0, pending: 0 };
  const started = performance.now();
  let wrote = false;
  const timeUp = () => wrote && performance.now() - started >= budgetMs;

  const writeOne = async (plan: UnitPlan) => {
    const rejection = await writer.writeOne(plan);
    if (rejection) rejected.push(rejection);
    else counts[plan.action === 'create' ? 'created' : 'updated'] += 1;
  };
  const writeBatch = async (batch: UnitBatch<CreatePlan>) => {
    try {
      // Nothing of a batch is written when it fails, so a conflict is simply tried again.
      await retryOnConflict(() => batch.write());
    } catch (error) {
      if (!isDomainError(error)) throw error;
      // Which unit the store refused is known only row by row.
      for (const plan of batch.units) await writeOne(plan);
      return;
    }
    counts.created += batch.units.length;
  };

  for (let i = 0; i < plans.length; ) {
    const plan = plans[i] as UnitPlan;
    if (plan.action === 'update') {
      if (timeUp()) counts.pending += 1;
      else {
        wrote = true;
        await writeOne(plan);
      }
      i += 1;
      continue;
    }
    // A run of rows up to the next update: the new ones in batches; unchanged ones write nothing.
    const creates: CreatePlan[] = [];
    for (; i < plans.length && plans[i]?.action !== 'update'; i++) {
      const next = plans[i] as UnitPlan;
      if (next.action === 'create') creates.push(next);
      else counts.unchanged += 1;
    }
    if (timeUp()) {
      counts.pending += creates.length;
      continue;
    }
    for (const batch of writer.batches(creates)) {
      if (timeUp()) counts.pending += batch.units.length;
      else {
        wrote = true;
        await writeBatch(batch);
      }
    }
  }
  return counts;
};
