// @lianjian/store: the single table, its keys, and the repositories that read and write it.
export { createAuditRepository } from './audit.ts';
export { createDocumentClient, createStoreContext, type StoreContext } from './context.ts';
export {
  type CursorCodec,
  type CursorKeyRing,
  createCursorCodec,
  newCursorKeySpec,
  parseCursorKeys,
} from './cursor.ts';
export { createIdempotencyStore, type IdempotencyRecord, type IdempotencyStore } from './idempotency.ts';
export { createItemLoader, type ItemLoader } from './item-loader.ts';
export { seedMarkerKey } from './keys.ts';
export { createOrgRepository } from './orgs.ts';
export { createTableInput, DEFAULT_TABLE_NAME, tableDefinition } from './table.ts';
export { createTenantRepository } from './tenants.ts';
