// The coverage categories a unit counts in (两个覆盖): every unit, its kind, its town, each flag, each chain.
import { HUNDRED_PLUS_EMPLOYEES, type SettableUnitFlag, type Unit, type UnitFlag } from './schema.ts';

/** `all`, `kind:<kind>`, `town:<town>`, `flag:<flag>` or `chain:<chainId>`. */
export type CoverageCategory = string;
export const ALL_UNITS: CoverageCategory = 'all';

/** What decides where a unit is counted; a change to any of these moves its counts. */
export type UnitFacts = Pick<Unit, 'kind' | 'town' | 'flags' | 'chainIds' | 'hasPartyOrg'>;

export const unitCategories = (unit: UnitFacts): CoverageCategory[] => [
  ALL_UNITS,
  `kind:${unit.kind}`,
  ...(unit.town === undefined ? [] : [`town:${unit.town}`]),
  ...unit.flags.map((flag) => `flag:${flag}`),
  ...unit.chainIds.map((chainId) => `chain:${chainId}`),
];

/** The flags a unit shows: those set by hand plus `hundred_plus`, which follows the employee count. */
export const effectiveFlags = (
  set: readonly (SettableUnitFlag | UnitFlag)[],
  employeeCount: number | undefined,
): UnitFlag[] => {
  const flags = new Set<UnitFlag>(set.filter((flag) => flag !== 'hundred_plus'));
  if (employeeCount !== undefined && employeeCount >= HUNDRED_PLUS_EMPLOYEES) flags.add('hundred_plus');
  return [...flags].sort();
};

export interface CountDelta {
  units: number;
  covered: number;
}

/**
 * How the per-category counts move when units change from `before` to `after` (undefined: did not exist /
 * no longer exists). Categories whose counts do not move are left out.
 */
export const countDeltas = (
  changes: readonly { before?: UnitFacts | undefined; after?: UnitFacts | undefined }[],
): Map<CoverageCategory, CountDelta> => {
  const deltas = new Map<CoverageCategory, CountDelta>();
  const add = (unit: UnitFacts | undefined, sign: 1 | -1) => {
    if (!unit) return;
    for (const category of unitCategories(unit)) {
      const delta = deltas.get(category) ?? { units: 0, covered: 0 };
      delta.units += sign;
      if (unit.hasPartyOrg) delta.covered += sign;
      deltas.set(category, delta);
    }
  };
  for (const { before, after } of changes) {
    add(before, -1);
    add(after, 1);
  }
  for (const [category, delta] of deltas) {
    if (delta.units === 0 && delta.covered === 0) deltas.delete(category);
  }
  return deltas;
};

/** Whether a change moves the unit between categories or in or out of coverage. */
export const factsChanged = (before: UnitFacts, after: UnitFacts): boolean =>
  unitCategories(before).join('|') !== unitCategories(after).join('|') ||
  before.hasPartyOrg !== after.hasPartyOrg;
