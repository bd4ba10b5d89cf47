// The coverage dashboard: kept counts, chain names and targets, three reads however many units there are.
import type { ChainRepository } from '../chains/repository.ts';
import { DomainError } from '../shared/errors.ts';
import { auditEntry, type WriteContext, writeMeta } from '../shared/write.ts';
import { ALL_UNITS, type CountDelta } from '../units/categories.ts';
import { UNIT_FLAGS, UNIT_KINDS } from '../units/schema.ts';
import { FLAG_LABELS, KIND_LABELS } from './labels.ts';
import type { CoverageRepository, StoredTargets } from './repository.ts';
import type { Coverage, CoverageRow, CoverageTargets } from './schema.ts';

export interface CoverageService {
  read(tenantId: string): Promise<Coverage>;
  targets(tenantId: string): Promise<StoredTargets>;
  setTargets(
    ctx: WriteContext,
    tenantId: string,
    expectedVersion: number,
    input: CoverageTargets,
  ): Promise<StoredTargets>;
}

const NONE: CountDelta = { units: 0, covered: 0 };

export const coverageRate = (units: number, covered: number): number | null =>
  units === 0 ? null : Math.round((covered / units) * 10_000) / 10_000;

export const createCoverageService = (
  repo: CoverageRepository,
  chains: ChainRepository,
): CoverageService => ({
  async read(tenantId) {
    const [counts, targets, chainList] = await Promise.all([
      repo.counts(tenantId),
      repo.targets(tenantId),
      chains.all(tenantId),
    ]);

    const row = (
      category: string,
      dimension: CoverageRow['dimension'],
      label: string,
      key?: string,
    ): CoverageRow => {
      const { units, covered } = counts.get(category) ?? NONE;
      const rate = coverageRate(units, covered);
      const target = targets.targets[category];
      return {
        category,
        dimension,
        ...(key === undefined ? {} : { key }),
        label,
        units,
        covered,
        rate,
        ...(target === undefined ? {} : { target, meetsTarget: (rate ?? 0) >= target }),
      };
    };

    // Towns appear once they have units or a target; the fixed categories always appear.
    const towns = new Set<string>();
    for (const [category, { units }] of counts) {
      if (category.startsWith('town:') && units > 0) towns.add(category.slice(5));
    }
    for (const category of Object.keys(targets.targets)) {
      if (category.startsWith('town:')) towns.add(category.slice(5));
    }

    return {
      total: row(ALL_UNITS, 'all', '全部单位'),
      categories: [
        ...UNIT_FLAGS.map((flag) => row(`flag:${flag}`, 'flag', FLAG_LABELS[flag], flag)),
        ...UNIT_KINDS.map((kind) => row(`kind:${kind}`, 'kind', KIND_LABELS[kind], kind)),
        ...chainList.map((chain) => row(`chain:${chain.id}`, 'chain', chain.name, chain.id)),
        ...[...towns]
          .sort((a, b) => a.localeCompare(b, 'zh-CN'))
          .map((town) => row(`town:${town}`, 'town', town, town)),
      ],
      targetsVersion: targets.version,
    };
  },

  targets: (tenantId) => repo.targets(tenantId),

  async setTargets(ctx, tenantId, expectedVersion, input) {
    const current = await repo.targets(tenantId);
    if (current.version !== expectedVersion) throw new DomainError('version.mismatch');
    const next: StoredTargets = { targets: input.targets, version: current.version + 1 };
    const audit = auditEntry(
      ctx,
      'coverage.targetsSet',
      { type: 'coverageTargets', id: tenantId, version: next.version },
      Object.keys(input.targets),
    );
    await repo.putTargets(tenantId, next, expectedVersion, writeMeta(ctx, audit));
    return next;
  },
});
