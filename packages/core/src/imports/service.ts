// Imports and exports of units and organisations as rows of text. An import reads what the tenant has once,
// checks every row, then writes through the unit, chain and organisation services, so each write is checked,
// audited and counted exactly like the same change made through the API (new units several to a transaction).
import type { Chain } from '../chains/schema.ts';
import type { ChainService } from '../chains/service.ts';
import type { Org } from '../orgs/schema.ts';
import type { OrgService } from '../orgs/service.ts';
import { isDomainError } from '../shared/errors.ts';
import { retryOnConflict } from '../shared/retry.ts';
import type { Page } from '../shared/schema.ts';
import type { WriteContext } from '../shared/write.ts';
import { SETTABLE_UNIT_FLAGS, type Unit } from '../units/schema.ts';
import type { UnitService } from '../units/service.ts';
import { headerRow, ORG_COLUMNS, UNIT_COLUMNS } from './columns.ts';
import { ImportRejectedError } from './errors.ts';
import { matchHeader } from './header.ts';
import { NAME_SEPARATOR, NO, ORG_KIND_LABELS, OWNERSHIP_LABELS, UNIT_KIND_LABELS, YES } from './labels.ts';
import { type OrgPlan, planOrgRows } from './orgs.ts';
import { type DescribeIssue, describeBySchemaMessage } from './schema-check.ts';
import type { ImportKind, ImportMode, ImportReport, ImportRow, RowRejection } from './types.ts';
import { type WriteCounts, writeUnitRows } from './unit-writes.ts';
import { planUnitRows, type UnitPlan } from './units.ts';
import { parentNotImported, writeRejection } from './write-errors.ts';

export interface ImportDeps {
  readonly units: UnitService;
  readonly orgs: OrgService;
  readonly chains: ChainService;
}

export interface ImportOptions {
  /** Words for a schema issue; the API passes the describer it uses for request bodies. */
  readonly describeIssue?: DescribeIssue;
  /**
   * How long rows are written for, in milliseconds: once it has passed, no further row is started and the
   * rest are reported as `pending` (the same file imported again skips what was written and goes on). At
   * least one write (a row, or a batch of new units) is made per import. @default no limit
   */
  readonly writeBudgetMs?: number;
}

export interface ImportService {
  /**
   * Imports the rows of a file: `rows[0]` is the header. Every row is checked before anything is written;
   * with `all-or-nothing`, any rejected row fails the import with `import.rejected` and nothing is written.
   * Rows equal to what is stored are not written at all.
   *
   * @throws ImportRejectedError `import.invalidHeader` when the header does not fit, `import.rejected` (all-or-nothing).
   */
  importRows(
    ctx: WriteContext,
    tenantId: string,
    kind: ImportKind,
    rows: readonly ImportRow[],
    mode: ImportMode,
  ): Promise<ImportReport>;
  /**
   * Checks the rows of a file as `importRows` does, writing nothing: the header and the rows that pass, to
   * import later (an asynchronous import job), and the rejections.
   *
   * @throws ImportRejectedError as `importRows` does.
   */
  checkRows(
    tenantId: string,
    kind: ImportKind,
    rows: readonly ImportRow[],
    mode: ImportMode,
  ): Promise<ImportCheck>;
  /** The header and one row per unit (creation order) or organisation (parents first), as text cells. */
  exportRows(tenantId: string, kind: ImportKind): Promise<string[][]>;
}

/** What checking a file found, before anything is written. */
export interface ImportCheck {
  /** Data rows read (the header and blank rows not counted). */
  readonly rows: number;
  /** The header row, then every data row that passed its checks, in file order. */
  readonly valid: readonly ImportRow[];
  readonly rejected: readonly RowRejection[];
}

const PAGE = 100;

const everyPage = async <T>(list: (cursor: string | undefined) => Promise<Page<T>>): Promise<T[]> => {
  const items: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await list(cursor);
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
};

/**
 * Writes the planned organisation rows one after another (a new parent must be written before its children;
 * units go in batches, see unit-writes.ts). A row the domain refuses is rejected; once the budget has
 * passed, the rows left are pending.
 */
const writeRows = async <P extends { readonly action: 'create' | 'update' | 'unchanged' }>(
  plans: readonly P[],
  budgetMs: number,
  write: (plan: P) => Promise<RowRejection | undefined>,
  rejected: RowRejection[],
): Promise<WriteCounts> => {
  const counts = { created: 0, updated: 0, unchanged: 0, pending: 0 };
  const started = performance.now();
  let wrote = false;
  for (const plan of plans) {
    if (plan.action === 'unchanged') counts.unchanged += 1;
    else if (wrote && performance.now() - started >= budgetMs) counts.pending += 1;
    else {
      wrote = true;
      const rejection = await write(plan);
      if (rejection) rejected.push(rejection);
      else counts[plan.action === 'create' ? 'created' : 'updated'] += 1;
    }
  }
  return counts;
};

const cellOf = (value: string | number | undefined): string => (value === undefined ? '' : String(value));
const yesNo = (value: boolean): string => (value ? YES : NO);
const sortByRow = (rejected: RowRejection[]): RowRejection[] => rejected.sort((a, b) => a.row - b.row);

export const createImportService = (deps: ImportDeps, options: ImportOptions = {}): ImportService => {
  const describe = options.describeIssue ?? describeBySchemaMessage;
  const budgetMs = options.writeBudgetMs ?? Number.POSITIVE_INFINITY;

  const loadUnits = (tenantId: string): Promise<Unit[]> =>
    everyPage((cursor) => deps.units.list(tenantId, { limit: PAGE, ...(cursor ? { cursor } : {}) }));
  const loadOrgs = (tenantId: string): Promise<Org[]> =>
    everyPage((cursor) => deps.orgs.list(tenantId, { limit: PAGE, ...(cursor ? { cursor } : {}) }));
  const loadChains = (tenantId: string): Promise<Chain[]> =>
    everyPage((cursor) => deps.chains.list(tenantId, { limit: PAGE, ...(cursor ? { cursor } : {}) }));

  /** A row's write, or its rejection when a domain rule refused it (anything else fails the import). */
  const attempt = async (kind: ImportKind, row: number, work: () => Promise<void>) => {
    try {
      await work();
      return undefined;
    } catch (error) {
      if (!isDomainError(error)) throw error;
      return writeRejection(kind, row, error);
    }
  };

  /** Writes one unit row: the unit first, then each chain membership (each its own audited write). */
  const writeUnit = async (ctx: WriteContext, tenantId: string, plan: UnitPlan): Promise<void> => {
    if (plan.action === 'unchanged') return;
    let unitId: string;
    if (plan.action === 'create') {
      unitId = (await retryOnConflict(() => deps.units.create(ctx, tenantId, plan.input))).id;
    } else {
      unitId = plan.unit.id;
      if (Object.keys(plan.patch).length > 0)
        await deps.units.update(ctx, tenantId, unitId, plan.unit.version, plan.patch);
    }
    const removals = plan.action === 'update' ? plan.removeChains : [];
    const additions = plan.action === 'update' ? plan.addChains : plan.chainIds;
    for (const chainId of removals) await deps.chains.removeMember(ctx, tenantId, chainId, unitId);
    for (const chainId of additions) await deps.chains.addMember(ctx, tenantId, chainId, unitId);
  };

  /** Writes one organisation row; a new parent from the file was created by an earlier row. */
  const writeOrg = async (
    ctx: WriteContext,
    tenantId: string,
    plan: OrgPlan,
    createdIds: Map<number, string>,
  ): Promise<void> => {
    if (plan.action === 'unchanged') return;
    if (plan.action === 'update') {
      await deps.orgs.update(ctx, tenantId, plan.org.id, plan.org.version, plan.patch);
      return;
    }
    const { parent } = plan;
    const parentId =
      parent.kind === 'stored' ? parent.id : parent.kind === 'row' ? createdIds.get(parent.row) : undefined;
    const org = await deps.orgs.create(ctx, tenantId, {
      ...plan.input,
      ...(parentId === undefined ? {} : { parentId }),
    });
    createdIds.set(plan.row, org.id);
  };

  const planUnits = async (tenantId: string, rows: readonly ImportRow[], mode: ImportMode) => {
    const index = matchHeader(UNIT_COLUMNS, rows[0]);
    const [units, chains] = await Promise.all([loadUnits(tenantId), loadChains(tenantId)]);
    const planned = planUnitRows(rows.slice(1), index, units, chains, describe);
    if (mode === 'all-or-nothing' && planned.rejections.length > 0)
      throw new ImportRejectedError('import.rejected', sortByRow([...planned.rejections]));
    return planned;
  };

  const planOrgs = async (tenantId: string, rows: readonly ImportRow[], mode: ImportMode) => {
    const index = matchHeader(ORG_COLUMNS, rows[0]);
    const [orgs, units] = await Promise.all([loadOrgs(tenantId), loadUnits(tenantId)]);
    const planned = planOrgRows(rows.slice(1), index, orgs, units, describe);
    if (mode === 'all-or-nothing' && planned.rejections.length > 0)
      throw new ImportRejectedError('import.rejected', sortByRow([...planned.rejections]));
    return planned;
  };

  const checkRows = async (
    tenantId: string,
    kind: ImportKind,
    rows: readonly ImportRow[],
    mode: ImportMode,
  ): Promise<ImportCheck> => {
    const planned =
      kind === 'units' ? await planUnits(tenantId, rows, mode) : await planOrgs(tenantId, rows, mode);
    const refused = new Set(planned.rejections.map((rejection) => rejection.row));
    const header = rows[0] as ImportRow;
    return {
      rows: planned.rows,
      valid: [header, ...rows.slice(1).filter((row) => !refused.has(row.rowNumber))],
      rejected: sortByRow([...planned.rejections]),
    };
  };

  const importUnits = async (
    ctx: WriteContext,
    tenantId: string,
    rows: readonly ImportRow[],
    mode: ImportMode,
  ): Promise<ImportReport> => {
    const planned = await planUnits(tenantId, rows, mode);
    const rejected = [...planned.rejections];
    const counts = await writeUnitRows(
      planned.plans,
      budgetMs,
      {
        batches: (creates) => deps.units.createInBatches(ctx, tenantId, creates),
        writeOne: (plan) => attempt('units', plan.row, () => writeUnit(ctx, tenantId, plan)),
      },
      rejected,
    );
    return { kind: 'units', mode, rows: planned.rows, ...counts, rejected: sortByRow(rejected) };
  };

  const importOrgs = async (
    ctx: WriteContext,
    tenantId: string,
    rows: readonly ImportRow[],
    mode: ImportMode,
  ): Promise<ImportReport> => {
    const planned = await planOrgs(tenantId, rows, mode);
    const rejected = [...planned.rejections];
    /** Ids of the organisations this import created, by row: children name them as parent. */
    const createdIds = new Map<number, string>();
    // Parents are planned before their children, so writing in plan order finds every new parent's id.
    const counts = await writeRows(
      planned.plans,
      budgetMs,
      async (plan) => {
        const parent = plan.action === 'create' ? plan.parent : undefined;
        if (parent?.kind === 'row' && !createdIds.has(parent.row))
          return parentNotImported(plan.row, parent.name, parent.row);
        return attempt('orgs', plan.row, () => writeOrg(ctx, tenantId, plan, createdIds));
      },
      rejected,
    );
    return { kind: 'orgs', mode, rows: planned.rows, ...counts, rejected: sortByRow(rejected) };
  };

  const exportUnits = async (tenantId: string): Promise<string[][]> => {
    const [units, chains] = await Promise.all([loadUnits(tenantId), loadChains(tenantId)]);
    const chainNames = new Map(chains.map((chain) => [chain.id, chain.name]));
    return [
      headerRow('units'),
      ...units.map((unit) => [
        unit.name,
        UNIT_KIND_LABELS[unit.kind],
        unit.ownership ? OWNERSHIP_LABELS[unit.ownership] : '',
        cellOf(unit.creditCode),
        cellOf(unit.town),
        cellOf(unit.employeeCount),
        cellOf(unit.partyMemberCount),
        ...SETTABLE_UNIT_FLAGS.map((flag) => yesNo(unit.flags.includes(flag))),
        unit.chainIds.flatMap((id) => chainNames.get(id) ?? []).join(NAME_SEPARATOR),
        yesNo(unit.hasPartyOrg),
      ]),
    ];
  };

  const exportOrgs = async (tenantId: string): Promise<string[][]> => {
    const [orgs, units] = await Promise.all([loadOrgs(tenantId), loadUnits(tenantId)]);
    const unitNames = new Map(units.map((unit) => [unit.id, unit.name]));
    const byId = new Map(orgs.map((org) => [org.id, org]));
    return [
      headerRow('orgs'),
      ...parentsFirst(orgs).map((org) => [
        org.name,
        ORG_KIND_LABELS[org.kind],
        org.parentId ? (byId.get(org.parentId)?.name ?? '') : '',
        String(org.memberCount),
        cellOf(org.establishedOn),
        cellOf(org.secretaryName),
        cellOf(org.town),
        (org.hostUnitIds ?? []).flatMap((id) => unitNames.get(id) ?? []).join(NAME_SEPARATOR),
      ]),
    ];
  };

  return {
    importRows: (ctx, tenantId, kind, rows, mode) =>
      kind === 'units' ? importUnits(ctx, tenantId, rows, mode) : importOrgs(ctx, tenantId, rows, mode),
    checkRows,
    exportRows: (tenantId, kind) => (kind === 'units' ? exportUnits(tenantId) : exportOrgs(tenantId)),
  };
};

/** Organisations in tree order: each root, then its children (creation order at every level). */
const parentsFirst = (orgs: readonly Org[]): Org[] => {
  const ids = new Set(orgs.map((org) => org.id));
  const children = new Map<string, Org[]>();
  for (const org of [...orgs].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    const parent = org.parentId && ids.has(org.parentId) ? org.parentId : '';
    children.set(parent, [...(children.get(parent) ?? []), org]);
  }
  const ordered: Org[] = [];
  const visit = (parent: string) => {
    for (const org of children.get(parent) ?? []) {
      ordered.push(org);
      visit(org.id);
    }
  };
  visit('');
  return ordered;
};
