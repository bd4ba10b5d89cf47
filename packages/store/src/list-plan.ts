// How a filtered list of items is read: which key range (the most selective index the filters name) and which
// filters are left to test on what it reads. Pure, so each plan's cost can be read off (see the README).
import type { ItemFilter, ListKind } from '@lianjian/core';
import type { Filter } from './filtered-page.ts';
import { listEntryPrefix, listItemPrefix } from './keys.ts';

export interface ListPlan {
  readonly prefix: string;
  /** The range holds index entries (their items are read by key), not the items themselves. */
  readonly viaEntries: boolean;
  readonly filter?: Filter;
}

/**
 * owner → the owner's entries (with the status in the key when asked); else category → the category's entries;
 * else status → the status entries; else the items themselves. `expired` reads the open range (it is computed
 * from valid-until). Category beside owner, valid-until and hidden items are filtered on what is read.
 */
export const planItemList = (kind: ListKind, filter: ItemFilter, viewerTenantId: string): ListPlan => {
  const status = filter.status === 'expired' ? 'open' : filter.status;
  const prefix = filter.owner
    ? listEntryPrefix(kind, { by: 'owner', value: filter.owner }, status)
    : filter.category
      ? listEntryPrefix(kind, { by: 'category', value: filter.category }, status)
      : status
        ? listEntryPrefix(kind, { by: 'status' }, status)
        : listItemPrefix(kind);
  const clauses: string[] = [];
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  if (filter.owner && filter.category) {
    clauses.push('#category = :category');
    names['#category'] = 'category';
    values[':category'] = filter.category;
  }
  if (filter.status === 'open' || filter.status === 'expired') {
    clauses.push(
      filter.status === 'open'
        ? '(attribute_not_exists(validUntil) OR validUntil >= :today)'
        : 'validUntil < :today',
    );
    values[':today'] = filter.today;
  }
  if (!filter.seesHidden) {
    clauses.push('(#hidden = :false OR ownerTenantId = :viewer)');
    names['#hidden'] = 'hidden';
    Object.assign(values, { ':false': false, ':viewer': viewerTenantId });
  }
  return {
    prefix,
    viaEntries: Boolean(filter.owner || filter.category || status),
    ...(clauses.length > 0 ? { filter: { expression: clauses.join(' AND '), names, values } } : {}),
  };
};

/** Open, unexpired, visible items (matching). */
export const planOpenItems = (kind: ListKind, today: string): ListPlan => ({
  prefix: listEntryPrefix(kind, { by: 'status' }, 'open'),
  viaEntries: true,
  filter: {
    expression: '#hidden = :false AND (attribute_not_exists(validUntil) OR validUntil >= :today)',
    names: { '#hidden': 'hidden' },
    values: { ':false': false, ':today': today },
  },
});

/** Case-insensitive text in the title, description or tags. */
export const matchesText = (text: string) => {
  const needle = text.toLowerCase();
  return (item: Record<string, unknown>) =>
    [item.title, item.description, ...(Array.isArray(item.tags) ? item.tags : [])].some(
      (value) => typeof value === 'string' && value.toLowerCase().includes(needle),
    );
};
