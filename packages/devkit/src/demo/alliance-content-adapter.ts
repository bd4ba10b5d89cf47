// The services behind `AllianceContentPort`: the demo alliances' content written through the real governance,
// member-unit, list and claim services, as each member tenant's administrator would through the API. The
// devkit's shapes map onto the services' schemas here:
//   committee      role, person, tenant and post as sent; `order` is the seat's place within its role
//   chair          `order` → `rotation`; the office's name has no place (an alliance has one chair)
//   member units   `{ unitId | orgId, fields }`: the private record is found by name in the owner's partition,
//                  or created first from the content's record; the services copy the chosen fields from it,
//                  and what they cannot hold (an operator's type and main business) becomes the description
//   items          `unit` → `quantityUnit`; a masked phone number (`021-5xxx1101`) is left out of the contact
//   claims         no quantity → the services' default of 1 (only items without a quantity are so claimed)
//   projects       the two accepted claims by id; `endsOn` → `validUntil`, the period told in the description
// Every body goes through the route's own schema first, so the demo holds only what the API would accept.
import {
  type ChairService,
  type ClaimService,
  type CommitteeService,
  claimSchemas,
  governanceSchemas,
  type ListService,
  listSchemas,
  type MemberUnitService,
  memberUnitSchemas,
  type OrgService,
  orgSchemas,
  type ShareableField,
  type UnitService,
  unitSchemas,
  type WriteContext,
} from '@lianjian/core';
import { demoAllianceContent } from './alliance-content.ts';
import type { AllianceContentPort, MemberUnitInput } from './alliance-content-port.ts';
import type { DemoAllianceContent, DemoMemberOrg, DemoOperator, DemoOperatorType } from './alliance-types.ts';
import { defined } from './tenant-records.ts';

/** The part of the API's services the adapter calls (the full `Services` fits it). */
export interface AllianceContentServices {
  readonly committee: Pick<CommitteeService, 'add'>;
  readonly chair: Pick<ChairService, 'setSchedule'>;
  readonly memberUnits: Pick<MemberUnitService, 'enrol'>;
  readonly lists: Pick<ListService, 'create'>;
  readonly claims: Pick<ClaimService, 'create' | 'accept' | 'decline'>;
  readonly units: Pick<UnitService, 'list' | 'create'>;
  readonly orgs: Pick<OrgService, 'list' | 'create'>;
}

/** 专业合作社 · 家庭农场 · 民宿 · 农家乐 · 休闲农庄/农艺园 · 景区, as the owner's description names them. */
export const OPERATOR_TYPE_LABELS: Readonly<Record<DemoOperatorType, string>> = {
  cooperative: '专业合作社',
  family_farm: '家庭农场',
  homestay: '民宿',
  agritainment: '农家乐',
  leisure_farm: '休闲农庄',
  scenic_area: '景区',
};

/** The fields of a member unit the services copy; everything else the content sends is name, kind or text. */
const COPIED: Readonly<Record<MemberUnitInput['source'], readonly ShareableField[]>> = {
  unit: ['town', 'employeeCount', 'partyMemberCount'],
  org: ['town', 'memberCount', 'secretaryName'],
};

/** The lists' phone pattern (packages/core/src/lists/schema.ts): digits and separators, nothing masked. */
const PHONE = /^[0-9+\-() ]{5,30}$/;

/** What the owner writes for the alliance about an operator: the fields the services do not copy. */
export const memberUnitDescription = (input: MemberUnitInput): string | undefined => {
  const { type, mainBusiness } = input.fields;
  const label = typeof type === 'string' ? OPERATOR_TYPE_LABELS[type as DemoOperatorType] : undefined;
  const parts = [label, typeof mainBusiness === 'string' ? `主营：${mainBusiness}` : undefined];
  const text = parts.filter((part) => part !== undefined).join('；');
  return text === '' ? undefined : text;
};

const PAGE = 100;

/** Every record of a paged list, by name (the first of a name wins: unit names are unique in a tenant). */
const byName = async <T extends { id: string; name: string }>(
  list: (query: {
    limit: number;
    cursor?: string;
  }) => Promise<{ readonly items: readonly T[]; readonly nextCursor?: string | undefined }>,
): Promise<Map<string, string>> => {
  const ids = new Map<string, string>();
  let cursor: string | undefined;
  do {
    const page = await list(cursor === undefined ? { limit: PAGE } : { limit: PAGE, cursor });
    for (const record of page.items) if (!ids.has(record.name)) ids.set(record.name, record.id);
    cursor = page.nextCursor;
  } while (cursor !== undefined);
  return ids;
};

/**
 * The port over the real services. `contents` holds the records the adapter creates when an owner keeps none
 * under the enrolled name (by the content's `key`).
 */
export const createAllianceContentAdapter = (
  services: AllianceContentServices,
  contents: readonly DemoAllianceContent[] = demoAllianceContent,
): AllianceContentPort => {
  const operators = new Map<string, DemoOperator>();
  const orgs = new Map<string, DemoMemberOrg>();
  for (const content of contents) {
    for (const operator of content.memberUnits?.operators ?? []) operators.set(operator.key, operator);
    for (const org of content.memberUnits?.orgs ?? []) orgs.set(org.key, org);
  }

  // Each tenant's units and organisations by name, read once and kept up to date with what is created.
  const unitNames = new Map<string, Promise<Map<string, string>>>();
  const orgNames = new Map<string, Promise<Map<string, string>>>();
  const namesOf = (
    cache: Map<string, Promise<Map<string, string>>>,
    tenantId: string,
    read: () => Promise<Map<string, string>>,
  ) => {
    let names = cache.get(tenantId);
    if (!names) {
      names = read();
      cache.set(tenantId, names);
    }
    return names;
  };

  const ownUnit = async (ctx: WriteContext, tenantId: string, key: string): Promise<string> => {
    const operator = operators.get(key);
    if (!operator) throw new Error(`alliance content adapter: no operator '${key}' in the content`);
    const names = await namesOf(unitNames, tenantId, () =>
      byName((query) => services.units.list(tenantId, query)),
    );
    const found = names.get(operator.name);
    if (found !== undefined) return found;
    const created = await services.units.create(
      ctx,
      tenantId,
      unitSchemas().Create.parse(
        defined({
          name: operator.name,
          kind: operator.kind,
          ownership: operator.ownership,
          creditCode: operator.creditCode,
          town: operator.town,
          employeeCount: operator.employeeCount,
          partyMemberCount: operator.partyMemberCount,
          flags: [...operator.flags],
        }),
      ),
    );
    names.set(operator.name, created.id);
    return created.id;
  };

  const ownOrg = async (ctx: WriteContext, tenantId: string, key: string): Promise<string> => {
    const org = orgs.get(key);
    if (!org) throw new Error(`alliance content adapter: no organisation '${key}' in the content`);
    const names = await namesOf(orgNames, tenantId, () =>
      byName((query) => services.orgs.list(tenantId, query)),
    );
    const found = names.get(org.name);
    if (found !== undefined) return found;
    const hostUnitIds: string[] = [];
    for (const hostKey of org.hostUnitKeys ?? []) hostUnitIds.push(await ownUnit(ctx, tenantId, hostKey));
    const created = await services.orgs.create(
      ctx,
      tenantId,
      orgSchemas().Create.parse(
        defined({
          name: org.name,
          kind: org.kind,
          memberCount: org.memberCount,
          establishedOn: org.establishedOn,
          secretaryName: org.secretaryName,
          town: org.town,
          hostUnitIds: hostUnitIds.length > 0 ? hostUnitIds : undefined,
        }),
      ),
    );
    names.set(org.name, created.id);
    return created.id;
  };

  return {
    addCommitteePosition: (ctx, membership, { role, personName, tenantId, title, order }) =>
      services.committee.add(
        ctx,
        membership,
        governanceSchemas().CreatePosition.parse(defined({ role, personName, tenantId, title, order })),
      ),

    setChairSchedule: (ctx, membership, { order, termMonths, startsOn }) =>
      services.chair.setSchedule(
        ctx,
        membership,
        0,
        governanceSchemas().Schedule.parse(defined({ rotation: [...order], termMonths, startsOn })),
      ),

    async enrolMemberUnit(ctx, membership, input) {
      const copied = COPIED[input.source];
      const fields = copied.filter((field) => field in input.fields);
      const description = memberUnitDescription(input);
      const source =
        input.source === 'unit'
          ? { unitId: await ownUnit(ctx, membership.tenantId, input.key) }
          : { orgId: await ownOrg(ctx, membership.tenantId, input.key) };
      return services.memberUnits.enrol(
        ctx,
        membership,
        memberUnitSchemas().Enrol.parse(defined({ ...source, fields, description })),
      );
    },

    postItem: (ctx, membership, { kind, unit, contact, ...content }) =>
      services.lists.create(
        ctx,
        membership,
        kind,
        listSchemas().CreateClaimable.parse(
          defined({
            ...content,
            quantityUnit: unit,
            contact: PHONE.test(contact.phone) ? { ...contact } : { name: contact.name },
          }),
        ),
      ),

    claim: (ctx, membership, { kind, itemId, note, quantity }) =>
      services.claims.create(
        ctx,
        membership,
        kind,
        itemId,
        claimSchemas().Create.parse(defined({ note, quantity })),
      ),

    answerClaim: (ctx, membership, { kind, itemId, claimId, decision, note }) => {
      const answer = claimSchemas().Decision.parse(defined({ note }));
      return decision === 'accept'
        ? services.claims.accept(ctx, membership, kind, itemId, claimId, answer)
        : services.claims.decline(ctx, membership, kind, itemId, claimId, answer);
    },

    createProject: (ctx, membership, input) => {
      const period = `实施周期：${input.startsOn}${input.endsOn ? ` 至 ${input.endsOn}` : ' 起'}。`;
      return services.lists.create(
        ctx,
        membership,
        'project',
        listSchemas().CreateProject.parse(
          defined({
            title: input.title,
            description: `${input.description}\n${period}`,
            category: input.category,
            validUntil: input.endsOn,
            resourceClaimId: input.resourceClaim.claimId,
            needClaimId: input.needClaim.claimId,
          }),
        ),
      );
    },
  };
};
