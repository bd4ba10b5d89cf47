// Domain errors with stable, namespaced codes. The API maps each code to one problem response.

export type DomainErrorCode =
  | 'auth.tokenMissing'
  | 'auth.tokenInvalid'
  | 'auth.tokenExpired'
  | 'auth.forbidden'
  | 'auth.tenantSuspended'
  | 'auth.tenantUnknown'
  | 'auth.tenantInactive'
  | 'input.invalid'
  | 'input.invalidJson'
  | 'input.unsupportedMediaType'
  | 'input.tooLarge'
  | 'input.invalidCursor'
  | 'input.invalidIfMatch'
  | 'resource.notFound'
  | 'version.required'
  | 'version.mismatch'
  | 'idempotency.keyReused'
  | 'idempotency.inProgress'
  | 'tenant.exists'
  | 'tenant.provinceMismatch'
  | 'tenant.retired'
  | 'tenant.invalidTransition'
  | 'org.parentNotFound'
  | 'org.cycle'
  | 'org.hasChildren'
  | 'org.hostNotFound'
  | 'unit.creditCodeTaken'
  | 'unit.nameTaken'
  | 'unit.hostsOrgs'
  | 'chain.unitNotFound'
  | 'chain.orgNotFound'
  | 'chain.hasMembers'
  | 'chain.tooManyChains'
  | 'import.invalidHeader'
  | 'import.rejected'
  | 'import.unreadable'
  | 'import.tooLarge'
  | 'alliance.inviteeNotFound'
  | 'alliance.inviteeInactive'
  | 'alliance.alreadyMember'
  | 'alliance.alreadyInvited'
  | 'alliance.full'
  | 'alliance.lastSecretariat'
  | 'alliance.secretariatOnly'
  | 'alliance.tenantNotMember'
  | 'committee.secretaryTaken'
  | 'committee.full'
  | 'chair.noSchedule'
  | 'chair.notInRotation'
  | 'chair.alreadyChair'
  | 'memberUnit.alreadyEnrolled'
  | 'memberUnit.sourceNotFound'
  | 'memberUnit.sourceGone'
  | 'memberUnit.ownerOnly'
  | 'memberUnit.fieldNotShareable'
  | 'memberUnit.notOwn'
  | 'item.notOwner'
  | 'item.notOpen'
  | 'item.validUntilPast'
  | 'item.quantityBelowAllocated'
  | 'claim.ownItem'
  | 'claim.quantityExhausted'
  | 'claim.tooManyPending'
  | 'claim.notPending'
  | 'claim.notClaimant'
  | 'leaderboard.notComputed'
  | 'project.claimNotFound'
  | 'project.claimNotAccepted'
  | 'project.claimLinked'
  | 'project.notParty'
  | 'activity.notOrganiser'
  | 'activity.wrongStatus'
  | 'activity.notOpen'
  | 'activity.registrationClosed'
  | 'activity.quotaExceeded'
  | 'activity.full'
  | 'activity.quotasOverCapacity'
  | 'activity.belowRegistered'
  | 'activity.endsBeforeStart'
  | 'registration.notActive'
  | 'problem.notAssignee'
  | 'problem.notRaiser'
  | 'problem.notParty'
  | 'problem.invalidTransition'
  | 'problem.selfAssigned'
  | 'problem.sameAssignee'
  | 'problem.dueDateOutOfRange'
  | 'problem.memberUnitNotFound'
  | 'meeting.notHost'
  | 'meeting.notScheduled'
  | 'meeting.inFuture'
  | 'meeting.cancelled'
  | 'actionItem.notAssignee'
  | 'actionItem.notOpen'
  | 'write.tooLarge'
  | 'write.conflict'
  | 'dependency.unavailable';

/** One problem with one input field, reported back to the client. */
export interface FieldIssue {
  readonly path: string;
  readonly message: string;
}

/** An error the client can act on. `params` fill the localized detail text. */
export class DomainError extends Error {
  override readonly name = 'DomainError';

  constructor(
    readonly code: DomainErrorCode,
    readonly params: Readonly<Record<string, string | number>> = {},
    readonly issues: readonly FieldIssue[] = [],
  ) {
    super(code);
  }
}

export const isDomainError = (error: unknown): error is DomainError => error instanceof DomainError;
