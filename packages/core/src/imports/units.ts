// Unit rows: read and check every row, find the stored unit each one means (by credit code, else by name),
// and decide what to write. Nothing is written here.
import type { Chain } from '../chains/schema.ts';
import { creditCodeCheckChar } from '../units/credit-code.ts';
import {
  type CreateUnit,
  MAX_CHAINS_PER_UNIT,
  SETTABLE_UNIT_FLAGS,
  type SettableUnitFlag,
  type Unit,
  type UpdateUnit,
  unitSchemas,
} from '../units/schema.ts';
import { RowReader, readChoice, readCount, readFlag, readNames } from './cells.ts';
import { UNIT_COLUMNS } from './columns.ts';
import type { ColumnIndex } from './header.ts';
import { OWNERSHIP_LABELS, UNIT_KIND_LABELS } from './labels.ts';
import { checkWithSchema, type DescribeIssue } from './schema-check.ts';
import { type ImportRow, type RowRejection, text } from './types.ts';

export type UnitPlan =
  | {
      readonly action: 'create';
      readonly row: number;
      readonly input: CreateUnit;
      readonly chainIds: string[];
    }
  | {
      readonly action: 'update';
      readonly row: number;
      readonly unit: Unit;
      /** Empty when only chain membership changes. */
      readonly patch: UpdateUnit;
      readonly addChains: string[];
      readonly removeChains: string[];
    }
  | { readonly action: 'unchanged'; readonly row: number };

export interface RowPlans<P> {
  readonly rows: number;
  readonly plans: P[];
  readonly rejections: RowRejection[];
}

const OPTIONAL_FIELDS = ['ownership', 'creditCode', 'town', 'employeeCount', 'partyMemberCount'] as const;
const CODE_SHAPE = /^[0-9A-HJ-NPQRTUWXY]{18}$/;

interface ParsedUnit {
  readonly reader: RowReader;
  readonly input: CreateUnit;
  /** Set when the file has the chains column. */
  readonly chainIds: string[] | undefined;
  target?: Unit;
}

const groupBy = <T>(items: Iterable<T>, key: (item: T) => string): Map<string, T[]> => {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
};

/** Reads one unit row; undefined (with the reader's rejections) if a cell or the schema refuses it. */
const parseUnit = (
  reader: RowReader,
  chainsByName: ReadonlyMap<string, Chain[]>,
  describe: DescribeIssue,
): ParsedUnit | undefined => {
  const name = reader.cell('name');
  if (name === '') reader.fail('name', text('名称为必填项', '名称 is required'));
  const kind =
    reader.cell('kind') === ''
      ? reader.fail('kind', text('类型为必填项', '类型 is required'))
      : readChoice(reader, 'kind', UNIT_KIND_LABELS);
  const ownership = readChoice(reader, 'ownership', OWNERSHIP_LABELS);
  const creditCode = reader.cell('creditCode').toUpperCase();
  if (creditCode !== '' && !CODE_SHAPE.test(creditCode)) {
    reader.fail(
      'creditCode',
      text(
        '统一社会信用代码须为 18 位数字或大写字母（不含 I、O、S、V、Z）',
        '统一社会信用代码 must be 18 digits or capital letters (no I, O, S, V, Z)',
      ),
    );
  } else if (creditCode !== '' && creditCodeCheckChar(creditCode.slice(0, 17)) !== creditCode.charAt(17)) {
    reader.fail(
      'creditCode',
      text('统一社会信用代码校验位不正确', '统一社会信用代码 has a wrong check character'),
    );
  }
  const town = reader.cell('town');
  const employeeCount = readCount(reader, 'employeeCount');
  const partyMemberCount = readCount(reader, 'partyMemberCount');
  const flags = SETTABLE_UNIT_FLAGS.filter((flag) => readFlag(reader, flag) === true);

  let chainIds: string[] | undefined;
  if (reader.has('chains')) {
    chainIds = [];
    for (const chainName of readNames(reader, 'chains', (value) => chainsByName.has(value))) {
      const chains = chainsByName.get(chainName) ?? [];
      if (chains.length === 1) chainIds.push(chains[0]?.id ?? '');
      else if (chains.length === 0)
        reader.fail('chains', text(`产业链“${chainName}”不存在`, `Chain “${chainName}” does not exist`));
      else
        reader.fail(
          'chains',
          text(
            `产业链“${chainName}”重名（${chains.length} 条），无法确定`,
            `${chains.length} chains are named “${chainName}”; rename them first`,
          ),
        );
    }
    if (chainIds.length > MAX_CHAINS_PER_UNIT) {
      reader.fail(
        'chains',
        text(
          `一个单位最多属于 ${MAX_CHAINS_PER_UNIT} 条产业链`,
          `A unit can belong to at most ${MAX_CHAINS_PER_UNIT} chains`,
        ),
      );
    }
  }
  if (!reader.ok) return undefined;

  const input = checkWithSchema(
    reader,
    unitSchemas().Create,
    {
      name,
      kind,
      ...(ownership === undefined ? {} : { ownership }),
      ...(creditCode === '' ? {} : { creditCode }),
      ...(town === '' ? {} : { town }),
      ...(employeeCount === undefined ? {} : { employeeCount }),
      ...(partyMemberCount === undefined ? {} : { partyMemberCount }),
      flags,
    },
    describe,
  );
  return input && { reader, input, chainIds: chainIds && [...new Set(chainIds)].sort() };
};

/** What to change on a stored unit so it equals the row; only the file's columns are compared. */
const unitPlan = (parsed: ParsedUnit, unit: Unit): UnitPlan => {
  const { reader, input } = parsed;
  const patch: Record<string, unknown> = {};
  if (input.name !== unit.name) patch.name = input.name;
  if (input.kind !== unit.kind) patch.kind = input.kind;
  for (const field of OPTIONAL_FIELDS) {
    if (reader.has(field) && input[field] !== unit[field]) patch[field] = input[field] ?? null;
  }
  const current = unit.flags.filter((flag): flag is SettableUnitFlag =>
    (SETTABLE_UNIT_FLAGS as readonly string[]).includes(flag),
  );
  const desired = new Set(current);
  for (const flag of SETTABLE_UNIT_FLAGS) {
    if (!reader.has(flag)) continue;
    if (input.flags.includes(flag)) desired.add(flag);
    else desired.delete(flag);
  }
  const flags = [...desired].sort();
  if (flags.join() !== [...current].sort().join()) patch.flags = flags;
  const chainIds = parsed.chainIds ?? unit.chainIds;
  const addChains = chainIds.filter((id) => !unit.chainIds.includes(id));
  const removeChains = unit.chainIds.filter((id) => !chainIds.includes(id));
  if (Object.keys(patch).length === 0 && addChains.length === 0 && removeChains.length === 0)
    return { action: 'unchanged', row: reader.rowNumber };
  return {
    action: 'update',
    row: reader.rowNumber,
    unit,
    patch: patch as UpdateUnit,
    addChains,
    removeChains,
  };
};

/**
 * Every data row checked and matched to the stored units: by credit code when the row has one, else by name
 * (a stored unit without a code is also found by name, so a code can be added). A unit named like another
 * unit, or a row meaning the same unit as an earlier row, is refused.
 */
export const planUnitRows = (
  dataRows: readonly ImportRow[],
  index: ColumnIndex,
  units: readonly Unit[],
  chains: readonly Chain[],
  describe: DescribeIssue,
): RowPlans<UnitPlan> => {
  const chainsByName = groupBy(chains, (chain) => chain.name);
  const byCode = new Map(
    units.flatMap((unit) => (unit.creditCode ? [[unit.creditCode, unit] as const] : [])),
  );
  const byName = new Map(units.map((unit) => [unit.name, unit]));
  const rejections: RowRejection[] = [];
  const parsed: ParsedUnit[] = [];
  let rows = 0;
  for (const row of dataRows) {
    const reader = new RowReader(UNIT_COLUMNS, index, row);
    if (reader.isBlank()) continue;
    rows += 1;
    const unit = parseUnit(reader, chainsByName, describe);
    if (unit) parsed.push(unit);
    else rejections.push(...reader.rejections);
  }

  for (const unit of parsed) {
    const { creditCode, name } = unit.input;
    const found = creditCode === undefined ? undefined : byCode.get(creditCode);
    const named = byName.get(name);
    unit.target = found ?? (named && (creditCode === undefined || !named.creditCode) ? named : undefined);
  }
  const targeted = new Set(parsed.flatMap((unit) => (unit.target ? [unit.target.id] : [])));

  const plans: UnitPlan[] = [];
  const firstByKey = new Map<string, number>();
  const firstByName = new Map<string, number>();
  const firstByTarget = new Map<string, number>();
  for (const unit of parsed) {
    const { reader, input, target } = unit;
    const key = input.creditCode === undefined ? `name:${input.name}` : `code:${input.creditCode}`;
    const earlier =
      firstByKey.get(key) ??
      (target ? firstByTarget.get(target.id) : undefined) ??
      firstByName.get(input.name);
    if (earlier !== undefined) {
      const byCodeKey = input.creditCode !== undefined && firstByKey.has(key);
      reader.fail(
        byCodeKey ? 'creditCode' : 'name',
        byCodeKey
          ? text(`与第 ${earlier} 行的统一社会信用代码相同`, `Same 统一社会信用代码 as row ${earlier}`)
          : text(`与第 ${earlier} 行是同一单位（名称相同）`, `Same unit as row ${earlier} (same 名称)`),
      );
    } else {
      firstByKey.set(key, reader.rowNumber);
      firstByName.set(input.name, reader.rowNumber);
      if (target) firstByTarget.set(target.id, reader.rowNumber);
      const holder = byName.get(input.name);
      if (holder && holder.id !== target?.id && !targeted.has(holder.id)) {
        const code = holder.creditCode;
        reader.fail(
          'name',
          text(
            `名称“${input.name}”已被另一单位使用${code ? `（统一社会信用代码 ${code}）` : ''}`,
            `名称 “${input.name}” belongs to another unit${code ? ` (统一社会信用代码 ${code})` : ''}`,
          ),
        );
      }
    }
    if (!reader.ok) {
      rejections.push(...reader.rejections);
      continue;
    }
    plans.push(
      target
        ? unitPlan(unit, target)
        : { action: 'create', row: reader.rowNumber, input, chainIds: unit.chainIds ?? [] },
    );
  }
  return { rows, plans, rejections };
};
