// The alliance's match index: the packed profiles of its open resources and needs, spread over a fixed
// number of shard items. Item writes keep it in their own transaction; a match request reads all shards of
// one kind with one BatchGetItem (measured in bench/matching.ts: ~5,000 profiles in well under 100 ms).
import { BatchGetCommand } from '@aws-sdk/lib-dynamodb';
import {
  type MatchableKind,
  type MatchProfile,
  type MatchProfiles,
  packProfile,
  profileOf,
  type StoredListItem,
  unpackProfile,
} from '@lianjian/core';
import type { StoreContext } from './context.ts';
import { type ItemKey, matchShardKey } from './keys.ts';
import type { TransactOp } from './transact.ts';

/**
 * Shards per kind. A shard holds up to 400 KB, about 800 profiles (titles and 40 words each): 16 shards keep
 * ~12,000 open items of a kind. An alliance needing more gets more shards (see README: matching at scale).
 */
export const MATCH_SHARDS = 16;

/** FNV-1a: a stable spread of ids over shards. */
export const shardOf = (itemId: string): number => {
  let hash = 0x811c9dc5;
  for (let i = 0; i < itemId.length; i++) {
    hash ^= itemId.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % MATCH_SHARDS;
};

/** What one write does to the index: an item (re)enters it with its profile, or leaves it. */
export type MatchIndexChange =
  | { readonly kind: MatchableKind; readonly put: MatchProfile }
  | { readonly kind: MatchableKind; readonly remove: string };

/** One Update per shard touched (a transaction may touch an item only once). */
export const matchIndexOps = (
  allianceTableName: string,
  allianceId: string,
  changes: readonly MatchIndexChange[],
): TransactOp[] => {
  const byShard = new Map<string, { key: ItemKey; sets: [string, string][]; removes: string[] }>();
  for (const change of changes) {
    const id = 'put' in change ? change.put.id : change.remove;
    const key = matchShardKey(allianceId, change.kind, shardOf(id));
    const shard = byShard.get(key.sk) ?? { key, sets: [], removes: [] };
    if ('put' in change) shard.sets.push([id, packProfile(change.put)]);
    else shard.removes.push(id);
    byShard.set(key.sk, shard);
  }
  return [...byShard.values()].map(({ key, sets, removes }) => {
    const names: Record<string, string> = {};
    const values: Record<string, string> = {};
    const setParts = sets.map(([id, packed], index) => {
      names[`#s${index}`] = id;
      values[`:s${index}`] = packed;
      return `#s${index} = :s${index}`;
    });
    const removeParts = removes.map((id, index) => {
      names[`#r${index}`] = id;
      return `#r${index}`;
    });
    const expression = [
      setParts.length ? `SET ${setParts.join(', ')}` : '',
      removeParts.length ? `REMOVE ${removeParts.join(', ')}` : '',
    ]
      .filter(Boolean)
      .join(' ');
    return {
      item: {
        Update: {
          TableName: allianceTableName,
          Key: key,
          UpdateExpression: expression,
          ExpressionAttributeNames: names,
          ...(setParts.length ? { ExpressionAttributeValues: values } : {}),
        },
      },
    };
  });
};

const KEY_ATTRIBUTES = new Set(['pk', 'sk']);

/** Every profile of one kind in the alliance's index. */
export const readMatchProfiles = async (
  store: StoreContext,
  allianceId: string,
  kind: MatchableKind,
): Promise<MatchProfile[]> => {
  let keys: Record<string, unknown>[] = Array.from({ length: MATCH_SHARDS }, (_, shard) => ({
    ...matchShardKey(allianceId, kind, shard),
  }));
  const profiles: MatchProfile[] = [];
  while (keys.length > 0) {
    const { Responses, UnprocessedKeys } = await store.doc.send(
      new BatchGetCommand({ RequestItems: { [store.allianceTableName]: { Keys: keys } } }),
    );
    for (const shard of Responses?.[store.allianceTableName] ?? [])
      for (const [name, value] of Object.entries(shard))
        if (!KEY_ATTRIBUTES.has(name) && typeof value === 'string') profiles.push(unpackProfile(name, value));
    keys = UnprocessedKeys?.[store.allianceTableName]?.Keys ?? [];
  }
  return profiles;
};

/** Resources and needs that are open and visible are matched; everything else is out of the index. */
const matchable = (item: StoredListItem): item is StoredListItem & { kind: MatchableKind } =>
  (item.kind === 'resource' || item.kind === 'need') && item.status === 'open' && !item.hidden;

/** What a profile is made of: a change elsewhere (claims, contact, moderation notes) leaves the index alone. */
const profileSource = (item: StoredListItem) =>
  JSON.stringify([
    item.title,
    item.description,
    item.category,
    item.tags,
    item.region,
    item.validUntil,
    item.ownerTenantId,
  ]);

/** The index writes taking a list item from `before` (absent: new) to `after`, in the item's transaction. */
export const listItemMatchOps = (
  allianceTableName: string,
  before: StoredListItem | undefined,
  after: StoredListItem,
): TransactOp[] => {
  const was = before !== undefined && matchable(before);
  if (!matchable(after))
    return was
      ? matchIndexOps(allianceTableName, after.allianceId, [{ kind: before.kind, remove: after.id }])
      : [];
  if (was && profileSource(before) === profileSource(after)) return [];
  return matchIndexOps(allianceTableName, after.allianceId, [{ kind: after.kind, put: profileOf(after) }]);
};

/** The match index read through the member's session (its own partition and this alliance's). */
export const createMatchProfiles =
  (platform: StoreContext): MatchProfiles =>
  async (member, kind) =>
    readMatchProfiles(await platform.tenant(member.tenantId, [member.allianceId]), member.allianceId, kind);
