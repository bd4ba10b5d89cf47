// A tenant's records kept in its alliances' partitions (list items, activities, problems, meetings), for the
// tenant export: the tenant registry reads them through this, so it needs none of the alliance services.
import { type ExportedItem, listContributions, workspaceContributions } from '@lianjian/core';
import {
  createActivityRepository,
  createAllianceRepository,
  createListRepository,
  createMeetingRepository,
  createProblemRepository,
  type StoreContext,
} from '@lianjian/store';

export const allianceRecordsOf = (store: StoreContext) => {
  const links = createAllianceRepository(store).allTenantAlliances;
  const items = createListRepository(store);
  const activities = createActivityRepository(store);
  const problems = createProblemRepository(store);
  const meetings = createMeetingRepository(store);
  return async function* (tenantId: string): AsyncIterable<readonly ExportedItem[]> {
    yield* listContributions({ links, items })(tenantId);
    yield* workspaceContributions({ links, activities, problems, meetings })(tenantId);
  };
};
