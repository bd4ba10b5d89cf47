// Organisation rows: read and check every row, find the parent each names (parents may come later in the
// file) and the stored organisation each row means (same name under the same parent), and decide what to
// write, parents before children. Nothing is written here.
import { type CreateOrg, MAX_HOST_UNITS, type Org, orgSchemas, type UpdateOrg } from '../orgs/schema.ts';
import type { Unit } from '../units/schema.ts';
import { RowReader, readChoice, readCount, readDate, readNames } from './cells.ts';
import { ORG_COLUMNS } from './columns.ts';
import type { ColumnIndex } from './header.ts';
import { ORG_KIND_LABELS } from './labels.ts';
import { checkWithSchema, type DescribeIssue } from './schema-check.ts';
import { type ImportRow, type RowRejection, text } from './types.ts';
import type { RowPlans } from './units.ts';

/** The parent of a row: none, a stored organisation, or the organisation another row of the file creates. */
export type ParentRef =
  | { readonly kind: 'root' }
  | { readonly kind: 'stored'; readonly id: string }
  | { readonly kind: 'row'; readonly row: number; readonly name: string };

export type OrgPlan =
  | {
      readonly action: 'create';
      readonly row: number;
      readonly input: CreateOrg;
      readonly parent: ParentRef;
    }
  | { readonly action: 'update'; readonly row: number; readonly org: Org; readonly patch: UpdateOrg }
  | { readonly action: 'unchanged'; readonly row: number };

const SCHEMA_FIELDS: Readonly<Record<string, string>> = { hostUnitIds: 'hosts', parentId: 'parent' };
const OPTIONAL_FIELDS = ['establishedOn', 'secretaryName', 'town'] as const;

interface ParsedOrg {
  readonly reader: RowReader;
  readonly input: CreateOrg;
  readonly parentName: string;
  state: 'pending' | 'resolved' | 'failed';
  /** `stored:<id>` or `row:<n>`, once resolved. */
  entity?: string;
}

const parseOrg = (
  reader: RowReader,
  unitsByName: ReadonlyMap<string, Unit>,
  describe: DescribeIssue,
): Omit<ParsedOrg, 'state'> | undefined => {
  const name = reader.cell('name');
  if (name === '') reader.fail('name', text('名称为必填项', '名称 is required'));
  const kind =
    reader.cell('kind') === ''
      ? reader.fail('kind', text('类型为必填项', '类型 is required'))
      : readChoice(reader, 'kind', ORG_KIND_LABELS);
  const memberCount = readCount(reader, 'memberCount');
  const establishedOn = readDate(reader, 'establishedOn');
  const secretaryName = reader.cell('secretaryName');
  const town = reader.cell('town');
  const hostUnitIds: string[] = [];
  for (const unitName of readNames(reader, 'hosts', (value) => unitsByName.has(value))) {
    const unit = unitsByName.get(unitName);
    if (unit) hostUnitIds.push(unit.id);
    else reader.fail('hosts', text(`所在单位“${unitName}”不存在`, `Unit “${unitName}” does not exist`));
  }
  if (hostUnitIds.length > MAX_HOST_UNITS) {
    reader.fail(
      'hosts',
      text(`所在单位最多 ${MAX_HOST_UNITS} 个`, `所在单位 may name at most ${MAX_HOST_UNITS} units`),
    );
  }
  if (!reader.ok) return undefined;

  const input = checkWithSchema(
    reader,
    orgSchemas().Create,
    {
      name,
      kind,
      memberCount: memberCount ?? 0,
      ...(establishedOn === undefined ? {} : { establishedOn }),
      ...(secretaryName === '' ? {} : { secretaryName }),
      ...(town === '' ? {} : { town }),
      ...(hostUnitIds.length === 0 ? {} : { hostUnitIds }),
    },
    describe,
    (key) => SCHEMA_FIELDS[key] ?? key,
  );
  return input && { reader, input, parentName: reader.cell('parent') };
};

/** What to change on a stored organisation so it equals the row; only the file's columns are compared. */
const orgPlan = ({ reader, input }: ParsedOrg, org: Org): OrgPlan => {
  const patch: Record<string, unknown> = {};
  if (input.kind !== org.kind) patch.kind = input.kind;
  if (reader.has('memberCount') && input.memberCount !== org.memberCount)
    patch.memberCount = input.memberCount;
  for (const field of OPTIONAL_FIELDS) {
    if (reader.has(field) && input[field] !== org[field]) patch[field] = input[field] ?? null;
  }
  const hosts = input.hostUnitIds ?? [];
  if (reader.has('hosts') && hosts.join() !== (org.hostUnitIds ?? []).join())
    patch.hostUnitIds = hosts.length === 0 ? null : hosts;
  return Object.keys(patch).length === 0
    ? { action: 'unchanged', row: reader.rowNumber }
    : { action: 'update', row: reader.rowNumber, org, patch: patch as UpdateOrg };
};

const listOf = <K, V>(map: Map<K, V[]>, key: K, value: V) => map.set(key, [...(map.get(key) ?? []), value]);

/**
 * Every data row checked, its parent found by name among the stored organisations and the file's rows, and
 * matched to a stored organisation by name and parent. A parent name must mean exactly one organisation;
 * rows are planned parents first, whatever their order in the file.
 */
export const planOrgRows = (
  dataRows: readonly ImportRow[],
  index: ColumnIndex,
  orgs: readonly Org[],
  units: readonly Unit[],
  describe: DescribeIssue,
): RowPlans<OrgPlan> => {
  const unitsByName = new Map(units.map((unit) => [unit.name, unit]));
  const storedByName = new Map<string, Org[]>();
  const storedByKey = new Map<string, Org[]>();
  for (const org of orgs) {
    listOf(storedByName, org.name, org);
    listOf(storedByKey, `stored:${org.parentId ?? ''}|${org.name}`, org);
  }

  const rejections: RowRejection[] = [];
  const parsed: ParsedOrg[] = [];
  const refusedByName = new Map<string, number>();
  let rows = 0;
  for (const row of dataRows) {
    const reader = new RowReader(ORG_COLUMNS, index, row);
    if (reader.isBlank()) continue;
    rows += 1;
    const org = parseOrg(reader, unitsByName, describe);
    if (org) parsed.push({ ...org, state: 'pending' });
    else {
      rejections.push(...reader.rejections);
      if (reader.cell('name') !== '') refusedByName.set(reader.cell('name'), reader.rowNumber);
    }
  }
  const parsedByName = new Map<string, ParsedOrg[]>();
  for (const org of parsed) listOf(parsedByName, org.input.name, org);

  const plans: OrgPlan[] = [];
  const firstByKey = new Map<string, number>();
  const fail = (org: ParsedOrg, field: string, zh: string, en: string) => {
    org.state = 'failed';
    org.reader.fail(field, text(zh, en));
    refusedByName.set(org.input.name, org.reader.rowNumber);
  };

  /** Resolves one row if its parent can be told; false while the parent depends on rows still pending. */
  const resolve = (org: ParsedOrg): boolean => {
    const { parentName, input, reader } = org;
    let parent: ParentRef = { kind: 'root' };
    let parentEntity = 'stored:';
    if (parentName !== '') {
      const namedRows = parsedByName.get(parentName) ?? [];
      if (namedRows.some((row) => row.state === 'pending')) return false;
      const candidates = new Set([
        ...(storedByName.get(parentName) ?? []).map((stored) => `stored:${stored.id}`),
        ...namedRows.flatMap((row) => (row.state === 'resolved' && row.entity ? [row.entity] : [])),
      ]);
      const [only] = candidates;
      if (candidates.size !== 1 || only === undefined) {
        const refused = refusedByName.get(parentName);
        if (candidates.size === 0 && refused !== undefined)
          fail(
            org,
            'parent',
            `上级党组织“${parentName}”所在的第 ${refused} 行有误，未能导入`,
            `Parent “${parentName}” (row ${refused}) was not imported`,
          );
        else
          fail(
            org,
            'parent',
            `上级党组织“${parentName}”不存在或重名`,
            `Parent “${parentName}” does not exist or is not unique`,
          );
        return true;
      }
      parentEntity = only;
      parent = only.startsWith('stored:')
        ? { kind: 'stored', id: only.slice('stored:'.length) }
        : { kind: 'row', row: Number(only.slice('row:'.length)), name: parentName };
    }

    const key = `${parentEntity}|${input.name}`;
    const earlier = firstByKey.get(key);
    if (earlier !== undefined) {
      fail(
        org,
        'name',
        `与第 ${earlier} 行是同一党组织（名称和上级党组织相同）`,
        `Same organization as row ${earlier} (same 名称 and 上级党组织)`,
      );
      return true;
    }
    firstByKey.set(key, reader.rowNumber);
    const stored = parent.kind === 'row' ? [] : (storedByKey.get(key) ?? []);
    if (stored.length > 1) {
      fail(
        org,
        'name',
        `已有 ${stored.length} 个同名且上级相同的党组织，无法确定是哪一个`,
        `${stored.length} stored organizations have this 名称 and 上级党组织; rename them first`,
      );
      return true;
    }
    const [match] = stored;
    org.state = 'resolved';
    org.entity = match ? `stored:${match.id}` : `row:${reader.rowNumber}`;
    plans.push(
      match
        ? orgPlan(org, match)
        : {
            action: 'create',
            row: reader.rowNumber,
            input,
            parent,
          },
    );
    return true;
  };

  for (let progress = true; progress; ) {
    progress = false;
    for (const org of parsed) if (org.state === 'pending' && resolve(org)) progress = true;
  }
  for (const org of parsed) {
    if (org.state !== 'pending') continue;
    fail(
      org,
      'parent',
      `上级党组织“${org.parentName}”与其他行互为上级，无法导入`,
      `Parent “${org.parentName}” is part of a cycle of rows`,
    );
  }
  for (const org of parsed) if (org.state === 'failed') rejections.push(...org.reader.rejections);
  rejections.sort((a, b) => a.row - b.row);
  return { rows, plans, rejections };
};
