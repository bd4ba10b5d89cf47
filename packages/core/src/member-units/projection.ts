// The copy a member unit shows: the private record's name and kind, and only the fields the owner chose.

import type { Org } from '../orgs/schema.ts';
import { DomainError } from '../shared/errors.ts';
import type { Unit } from '../units/schema.ts';
import { type MemberUnitKind, type ShareableField, shareableFields } from './schema.ts';

/** A unit or organisation of the owner tenant, as read from its partition. */
export type MemberUnitSourceRecord = { kind: 'unit'; record: Unit } | { kind: 'org'; record: Org };

/** Refuses a field the kind cannot show (e.g. `creditCode` of an organisation). */
export const checkFields = (kind: MemberUnitKind, fields: readonly ShareableField[]): void => {
  const allowed = shareableFields(kind);
  const refused = fields.find((field) => !allowed.includes(field));
  if (refused !== undefined) throw new DomainError('memberUnit.fieldNotShareable', { field: refused, kind });
};

/** The projected fields of `source` for the chosen `fields`; fields the record leaves empty are left out. */
export const project = (source: MemberUnitSourceRecord, fields: readonly ShareableField[]) => {
  checkFields(source.kind, fields);
  const record = source.record as unknown as Readonly<Record<string, unknown>>;
  const chosen = Object.fromEntries(
    fields.flatMap((field) => (record[field] === undefined ? [] : [[field, record[field]]])),
  );
  return source.kind === 'unit'
    ? { name: source.record.name, unitKind: source.record.kind, ...chosen }
    : { name: source.record.name, orgKind: source.record.kind, ...chosen };
};

/** Every attribute a projection may hold, so a new copy can remove what the old one had. */
export const PROJECTED_ATTRIBUTES = [
  'name',
  'unitKind',
  'orgKind',
  'ownership',
  'town',
  'employeeCount',
  'partyMemberCount',
  'flags',
  'hasPartyOrg',
  'creditCode',
  'memberCount',
  'establishedOn',
  'secretaryName',
] as const;
