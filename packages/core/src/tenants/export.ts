// The tenant export format (JSON Lines, one JSON object per line, UTF-8):
//   1. a header: {"format":"lianjian.tenant-export","formatVersion":1,"tenantId",…,"exportedAt","tenant":{…}}
//   2. one line per stored item: {"entity":"ORG","key":"ORG#01J…","data":{…the item's fields…}}; then the
//      tenant's list items in its alliances: {"entity":"ALLIANCE_ITEM","key":"<allianceId>/<kind>/<id>",…}
//   3. a trailer: {"end":true,"items":<number of item lines>} — a file without it was cut short.
import type { ExportedItem } from './repository.ts';
import type { Tenant } from './schema.ts';

export const EXPORT_FORMAT = 'lianjian.tenant-export';
export const EXPORT_FORMAT_VERSION = 1;

export async function* exportLines(
  tenant: Tenant,
  pages: AsyncIterable<readonly ExportedItem[]>,
  exportedAt: string,
): AsyncGenerator<string> {
  yield `${JSON.stringify({
    format: EXPORT_FORMAT,
    formatVersion: EXPORT_FORMAT_VERSION,
    tenantId: tenant.id,
    exportedAt,
    tenant,
  })}\n`;
  let count = 0;
  for await (const page of pages) {
    count += page.length;
    // One chunk per page: few enough writes, and memory bounded by the page size.
    yield page.map((item) => `${JSON.stringify(item)}\n`).join('');
  }
  yield `${JSON.stringify({ end: true, items: count })}\n`;
}
