// Alliances and their workspace: membership, governance (committee, chair, charter), member units,
// resource/need/project lists and claims, activities, meetings and their action items.
import {
  activityDepartureSteps,
  createActionItemService,
  createActivityService,
  createAllianceService,
  createChairService,
  createCharterService,
  createClaimService,
  createCommitteeService,
  createListService,
  createMeetingService,
  createMemberUnitService,
  createRegistrationService,
  listDepartureSteps,
  meetingDepartureSteps,
  problemDepartureStep,
  publicUnit,
  secretariatHeir,
  type TenantService,
} from '@lianjian/core';
import {
  createActivityRepository,
  createAllianceRepository,
  createChairRepository,
  createCharterRepository,
  createClaimRepository,
  createCommitteeRepository,
  createListRepository,
  createMeetingRepository,
  createMemberUnitRepository,
  createOrgRepository,
  createProblemRepository,
  createUnitRepository,
  type StoreContext,
} from '@lianjian/store';
import type { Services } from '../services.ts';

export type AllianceServices = Pick<
  Services,
  | 'alliances'
  | 'committee'
  | 'chair'
  | 'charter'
  | 'memberUnits'
  | 'lists'
  | 'claims'
  | 'activities'
  | 'registrations'
  | 'meetings'
  | 'actionItems'
>;

/** `tenants`: the registry, which the alliance service reads to admit and name member tenants. */
export const createAllianceServices = (store: StoreContext, tenants: TenantService): AllianceServices => {
  const allianceRepository = createAllianceRepository(store);
  const orgRepository = createOrgRepository(store);
  const unitRepository = createUnitRepository(store);
  const listDeps = { items: createListRepository(store), claims: createClaimRepository(store) };
  const activityRepository = createActivityRepository(store);
  const chairRepository = createChairRepository(store);
  const meetingRepository = createMeetingRepository(store);
  const problemRepository = createProblemRepository(store);
  // Who inherits a departed member's open work: the secretariat as it stands after the departure.
  const heir = secretariatHeir(allianceRepository);
  const committee = createCommitteeService(createCommitteeRepository(store));
  const memberUnits = createMemberUnitService({
    repo: createMemberUnitRepository(store),
    unit: async (tenantId, unitId) => {
      const unit = await unitRepository.get(tenantId, unitId);
      return unit && publicUnit(unit);
    },
    org: (tenantId, orgId) => orgRepository.get(tenantId, orgId),
  });
  const alliances = createAllianceService({
    repo: allianceRepository,
    tenants: (tenantId) => tenants.find(tenantId),
    departureSteps: [
      // A departed tenant's member units are withdrawn and its committee positions vacated.
      memberUnits.withdrawDeparted,
      committee.vacate,
      // Its open items are withdrawn (all marked as a former member's), its pending claims dropped.
      ...listDepartureSteps(listDeps),
      // Its activities not yet held are cancelled ("organiser left"), its people's registrations cancelled;
      // its open problems go back to the secretariat; its scheduled meetings and open action items pass to it.
      ...activityDepartureSteps(activityRepository),
      problemDepartureStep({ problems: problemRepository, heir }),
      ...meetingDepartureSteps({ meetings: meetingRepository, heir }),
    ],
  });
  return {
    alliances,
    committee,
    chair: createChairService(chairRepository),
    charter: createCharterService(createCharterRepository(store)),
    memberUnits,
    lists: createListService(listDeps),
    claims: createClaimService(listDeps),
    activities: createActivityService(activityRepository),
    registrations: createRegistrationService(activityRepository),
    meetings: createMeetingService({ meetings: meetingRepository, chair: chairRepository }),
    actionItems: createActionItemService(meetingRepository),
  };
};
