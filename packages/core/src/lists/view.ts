// How a stored item reads: its computed status, without storage-only fields, and who may see it.
import type { AllianceMembership } from '../alliances/schema.ts';
import type { ListItem, StoredListItem } from './schema.ts';
import { displayedStatus } from './status.ts';

export const presentItem = (item: StoredListItem, today: string): ListItem => {
  const { remaining: _remaining, ...rest } = item;
  return { ...rest, status: displayedStatus(item, today) };
};

/** Hidden items are seen only by their owner and the secretariat. */
export const seesItem = (
  item: StoredListItem,
  viewer: Pick<AllianceMembership, 'tenantId' | 'role'>,
): boolean => !item.hidden || item.ownerTenantId === viewer.tenantId || viewer.role === 'secretariat';

/**
 * The item as the subject of a feed event and audit entry. Every member reads the feed, so a hidden item's
 * events carry no title.
 */
export const itemSubject = (item: StoredListItem) => ({
  type: item.kind,
  id: item.id,
  ...(item.hidden ? {} : { title: item.title }),
  version: item.version,
});

/** One version on, stamped now. */
export const nextVersion = <T extends { version: number; updatedAt: string }>(
  item: T,
  now: Date,
  fields: Partial<T> = {},
): T => ({ ...item, ...fields, version: item.version + 1, updatedAt: now.toISOString() });
