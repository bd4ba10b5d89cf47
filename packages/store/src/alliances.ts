// Alliances, membership, invitations and the feed. The alliance's items live in its own partition (in
// the pooled table); a tenant's side of a membership or invitation lives in the tenant's partition.
//
// Membership and invitation steps are written with the function's own role (this context), not a tenant's
// role session: each step spans two owners' partitions (the alliance's and a tenant's), which no single
// tenant's session may write. The service authorises every step before it reaches the store.
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import {
  type AllianceMember,
  type AllianceRepository,
  type AllianceState,
  DomainError,
  type FeedEvent,
  type Invitation,
  type TenantAllianceLink,
} from '@lianjian/core';
import { allianceWriteMetaOps } from './alliance-meta.ts';
import type { StoreContext } from './context.ts';
import { prefixQuery } from './key-range.ts';
import {
  ALLIANCE_INVITATION_PREFIX,
  ALLIANCE_MEMBER_PREFIX,
  allianceDirectoryIndexKey,
  allianceInvitationKey,
  allianceKey,
  allianceMemberKey,
  alliancePartition,
  charterKey,
  FEED_PREFIX,
  feedEventKey,
  TENANT_ALLIANCE_PREFIX,
  TENANT_INVITATION_PREFIX,
  tenantAllianceKey,
  tenantInvitationKey,
  tenantPartition,
  withoutKeys,
} from './keys.ts';
import { queryPage } from './query.ts';
import { type TransactOp, transact } from './transact.ts';
import { versionedUpdate } from './versioned-update.ts';
import { versionFailure } from './write-meta.ts';

/** Fields of the alliance item kept by membership writes, never by a client edit. */
const MEMBERSHIP_FIELDS = ['memberCount', 'secretariatTenantIds', 'memberRev'] as const;

const conflict = () => new DomainError('write.conflict');

/**
 * Invitations keep their ISO expiry as `validUntil`: `expiresAt` is the table's TTL attribute (epoch
 * seconds), so DynamoDB drops expired invitations by itself.
 */
const invitationItem = (key: { pk: string; sk: string }, invitation: Invitation) => {
  const { expiresAt, ...rest } = invitation;
  return {
    ...key,
    type: 'INVITATION',
    ...rest,
    validUntil: expiresAt,
    expiresAt: Math.floor(Date.parse(expiresAt) / 1000),
  };
};
const invitationOf = (item: Record<string, unknown>): Invitation => {
  const { validUntil, ...rest } = withoutKeys<Record<string, unknown>>(item);
  return { ...rest, expiresAt: validUntil } as Invitation;
};

export const createAllianceRepository = (platform: StoreContext): AllianceRepository => {
  const tablesFor = (tenantId: string) => ({
    tableName: platform.tenantTableName(tenantId),
    allianceTableName: platform.allianceTableName,
  });
  const actorTables = (meta: { audit: { actor: { tenantId: string | null } } }) => {
    const actor = meta.audit.actor.tenantId;
    return actor === null
      ? { tableName: platform.tableName, allianceTableName: allianceTable }
      : tablesFor(actor);
  };
  const allianceTable = platform.allianceTableName;

  /** Every item of a tenant-partition prefix (a tenant's alliance links: a few dozen at most). */
  const allOf = async (tenantId: string, prefix: string) => {
    const s = await platform.tenant(tenantId);
    const items: Record<string, unknown>[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await s.doc.send(
        new QueryCommand({
          ...prefixQuery(s.tableName, tenantPartition(tenantId), prefix),
          ...(startKey ? { ExclusiveStartKey: startKey } : {}),
        }),
      );
      items.push(...(page.Items ?? []));
      startKey = page.LastEvaluatedKey;
    } while (startKey);
    return items;
  };

  const linkOf = (item: Record<string, unknown>): TenantAllianceLink => ({
    allianceId: String(item.allianceId),
    role: item.role as TenantAllianceLink['role'],
    joinedAt: String(item.joinedAt),
  });

  /** The member record and the tenant's link to the alliance, as one change leaves them. */
  const memberOps = (before: AllianceMember | undefined, after: AllianceMember): TransactOp[] => {
    const { allianceId, tenantId } = after;
    const link = tenantAllianceKey(tenantId, allianceId);
    return [
      {
        item: {
          Put: {
            TableName: allianceTable,
            Item: { ...allianceMemberKey(allianceId, tenantId), type: 'MEMBER', ...after },
            ...(before
              ? {
                  ConditionExpression: '#status = :status AND #role = :role',
                  ExpressionAttributeNames: { '#status': 'status', '#role': 'role' },
                  ExpressionAttributeValues: { ':status': before.status, ':role': before.role },
                }
              : { ConditionExpression: 'attribute_not_exists(pk)' }),
          },
        },
        onConditionFailed: conflict,
      },
      after.status === 'active'
        ? {
            item: {
              Put: {
                TableName: platform.tenantTableName(tenantId),
                Item: {
                  ...link,
                  type: 'ALLIANCE_LINK',
                  allianceId,
                  role: after.role,
                  joinedAt: after.joinedAt,
                },
              },
            },
          }
        : { item: { Delete: { TableName: platform.tenantTableName(tenantId), Key: link } } },
    ];
  };

  const invitationDeleteOps = (invitation: Invitation): TransactOp[] => [
    {
      item: {
        Delete: {
          TableName: allianceTable,
          Key: allianceInvitationKey(invitation.allianceId, invitation.tenantId),
          ConditionExpression: 'attribute_exists(pk)',
        },
      },
      onConditionFailed: () => new DomainError('resource.notFound'),
    },
    {
      item: {
        Delete: {
          TableName: platform.tenantTableName(invitation.tenantId),
          Key: tenantInvitationKey(invitation.tenantId, invitation.allianceId),
        },
      },
    },
  ];

  return {
    async get(allianceId) {
      const item = await platform.allianceItems.get(allianceKey(allianceId));
      return item ? withoutKeys<AllianceState>(item) : undefined;
    },

    async member(allianceId, tenantId) {
      const item = await platform.allianceItems.get(allianceMemberKey(allianceId, tenantId));
      return item ? withoutKeys<AllianceMember>(item) : undefined;
    },

    async allMembers(allianceId) {
      const members: AllianceMember[] = [];
      let startKey: Record<string, unknown> | undefined;
      do {
        const page = await platform.doc.send(
          new QueryCommand({
            ...prefixQuery(allianceTable, alliancePartition(allianceId), ALLIANCE_MEMBER_PREFIX),
            ...(startKey ? { ExclusiveStartKey: startKey } : {}),
          }),
        );
        members.push(...(page.Items ?? []).map((item) => withoutKeys<AllianceMember>(item)));
        startKey = page.LastEvaluatedKey;
      } while (startKey);
      return members;
    },

    members: (allianceId, { limit, cursor }) =>
      queryPage<AllianceMember>(platform, {
        name: 'alliances.members',
        partition: alliancePartition(allianceId),
        skPrefix: ALLIANCE_MEMBER_PREFIX,
        limit,
        cursor,
      }),

    async tenantAlliances(tenantId, { limit, cursor }) {
      const s = await platform.tenant(tenantId);
      const page = await queryPage<Record<string, unknown>>(s, {
        name: 'alliances.mine',
        partition: tenantPartition(tenantId),
        skPrefix: TENANT_ALLIANCE_PREFIX,
        limit,
        cursor,
      });
      const items = page.items.map(linkOf);
      return page.nextCursor ? { items, nextCursor: page.nextCursor } : { items };
    },

    allTenantAlliances: async (tenantId) => (await allOf(tenantId, TENANT_ALLIANCE_PREFIX)).map(linkOf),

    async invitation(allianceId, tenantId) {
      const item = await platform.allianceItems.get(allianceInvitationKey(allianceId, tenantId));
      return item ? invitationOf(item) : undefined;
    },

    async invitationsFor(tenantId, { limit, cursor }) {
      const s = await platform.tenant(tenantId);
      const page = await queryPage<Record<string, unknown>>(s, {
        name: 'invitations.mine',
        partition: tenantPartition(tenantId),
        skPrefix: TENANT_INVITATION_PREFIX,
        limit,
        cursor,
      });
      const items = page.items.map(invitationOf);
      return page.nextCursor ? { items, nextCursor: page.nextCursor } : { items };
    },

    async invitationsOf(allianceId, { limit, cursor }) {
      const page = await queryPage<Record<string, unknown>>(platform, {
        name: 'invitations.ofAlliance',
        partition: alliancePartition(allianceId),
        skPrefix: ALLIANCE_INVITATION_PREFIX,
        limit,
        cursor,
      });
      const items = page.items.map(invitationOf);
      return page.nextCursor ? { items, nextCursor: page.nextCursor } : { items };
    },

    async allIds() {
      const ids: string[] = [];
      let startKey: Record<string, unknown> | undefined;
      do {
        const page = await platform.doc.send(
          new QueryCommand({
            TableName: allianceTable,
            IndexName: 'gsi1',
            KeyConditionExpression: 'gsi1pk = :pk',
            ExpressionAttributeValues: { ':pk': allianceDirectoryIndexKey('').gsi1pk },
            ...(startKey ? { ExclusiveStartKey: startKey } : {}),
          }),
        );
        // Only alliance records count: an index key written on any other item is ignored.
        for (const item of page.Items ?? [])
          if (item.sk === 'ALLIANCE' && item.pk === alliancePartition(String(item.id)))
            ids.push(String(item.id));
        startKey = page.LastEvaluatedKey;
      } while (startKey);
      return ids;
    },

    async create(alliance, founder, charter, meta) {
      await transact(platform, [
        {
          item: {
            Put: {
              TableName: allianceTable,
              Item: {
                ...allianceKey(alliance.id),
                ...allianceDirectoryIndexKey(alliance.id),
                type: 'ALLIANCE',
                ...alliance,
                memberRev: 1,
              },
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
        },
        ...memberOps(undefined, founder),
        ...(charter
          ? [
              {
                item: {
                  Put: {
                    TableName: allianceTable,
                    Item: { ...charterKey(alliance.id, charter.version), type: 'CHARTER', ...charter },
                  },
                },
              },
            ]
          : []),
        ...allianceWriteMetaOps(actorTables(meta), alliance.id, meta, {
          type: 'alliance',
          body: { ...alliance, myRole: founder.role },
        }),
      ]);
    },

    async update({ expectedVersion, next, removed }, meta) {
      const { id, createdAt: _c, createdByTenantId: _by, ...edited } = next;
      const fields = Object.fromEntries(
        Object.entries(edited).filter(([field]) => !(MEMBERSHIP_FIELDS as readonly string[]).includes(field)),
      );
      await transact(platform, [
        {
          item: {
            Update: {
              TableName: allianceTable,
              Key: allianceKey(id),
              ...versionedUpdate(fields, removed, expectedVersion),
            },
          },
          onConditionFailed: versionFailure,
        },
        ...allianceWriteMetaOps(actorTables(meta), id, meta),
      ]);
    },

    async invite(invitation, meta) {
      const { allianceId, tenantId } = invitation;
      const unclaimed = {
        ConditionExpression: 'attribute_not_exists(pk) OR expiresAt < :now',
        ExpressionAttributeValues: { ':now': Math.floor(Date.parse(invitation.invitedAt) / 1000) },
      };
      await transact(platform, [
        {
          item: {
            Put: {
              TableName: allianceTable,
              Item: invitationItem(allianceInvitationKey(allianceId, tenantId), invitation),
              ...unclaimed,
            },
          },
          onConditionFailed: () => new DomainError('alliance.alreadyInvited', { tenantId }),
        },
        {
          item: {
            Put: {
              TableName: platform.tenantTableName(tenantId),
              Item: invitationItem(tenantInvitationKey(tenantId, allianceId), invitation),
            },
          },
        },
        ...allianceWriteMetaOps(actorTables(meta), allianceId, meta),
      ]);
    },

    async dropInvitation(invitation, meta) {
      await transact(platform, [
        ...invitationDeleteOps(invitation),
        ...allianceWriteMetaOps(actorTables(meta), invitation.allianceId, meta),
      ]);
    },

    async changeMembership(allianceId, changes, count, meta, accepted) {
      await transact(platform, [
        ...changes.flatMap(({ before, after }) => memberOps(before, after)),
        {
          item: {
            Update: {
              TableName: allianceTable,
              Key: allianceKey(allianceId),
              UpdateExpression:
                'SET memberRev = memberRev + :one, memberCount = memberCount + :delta, secretariatTenantIds = :secretariat',
              ConditionExpression: 'memberRev = :rev',
              ExpressionAttributeValues: {
                ':one': 1,
                ':delta': count.memberDelta,
                ':secretariat': count.secretariatTenantIds,
                ':rev': count.expectedRev,
              },
            },
          },
          onConditionFailed: conflict,
        },
        ...(accepted ? invitationDeleteOps(accepted) : []),
        ...allianceWriteMetaOps(actorTables(meta), allianceId, meta),
      ]);
    },

    feed: (allianceId, { limit, cursor, after }) =>
      queryPage<FeedEvent>(platform, {
        name: 'alliances.feed',
        partition: alliancePartition(allianceId),
        skPrefix: FEED_PREFIX,
        ...(after === undefined ? { newestFirst: true } : { startAfter: feedEventKey(allianceId, after).sk }),
        limit,
        cursor,
      }),
  };
};
