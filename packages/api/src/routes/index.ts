// Every API route, in one table.
import type { RouteSpec } from '../http/route.ts';
import { actionItemRoutes } from './action-items.ts';
import { allianceActivityRoutes } from './alliance-activities.ts';
import { allianceClaimRoutes } from './alliance-claims.ts';
import { allianceDashboardRoutes } from './alliance-dashboard.ts';
import { allianceLeaderboardRoutes } from './alliance-leaderboard.ts';
import { allianceListRoutes } from './alliance-lists.ts';
import { allianceMatchRoutes } from './alliance-matches.ts';
import { allianceProblemRoutes } from './alliance-problems.ts';
import { allianceRegistrationRoutes } from './alliance-registrations.ts';
import { allianceRoutes } from './alliances.ts';
import { auditRoutes } from './audit.ts';
import { chainRoutes } from './chains.ts';
import { chairRoutes } from './chair.ts';
import { charterRoutes } from './charter.ts';
import { committeeRoutes } from './committee.ts';
import { coverageRoutes } from './coverage.ts';
import { importRoutes } from './imports.ts';
import { meRoutes } from './me.ts';
import { meetingRoutes } from './meetings.ts';
import { memberUnitRoutes } from './member-units.ts';
import { orgRoutes } from './orgs.ts';
import { tenantRoutes } from './tenants.ts';
import { unitRoutes } from './units.ts';

export const routes: readonly RouteSpec[] = [
  ...meRoutes,
  ...tenantRoutes,
  ...orgRoutes,
  ...unitRoutes,
  ...chainRoutes,
  ...coverageRoutes,
  ...auditRoutes,
  ...importRoutes,
  ...allianceRoutes,
  ...committeeRoutes,
  ...chairRoutes,
  ...charterRoutes,
  ...memberUnitRoutes,
  ...allianceListRoutes,
  ...allianceClaimRoutes,
  ...allianceMatchRoutes,
  ...allianceDashboardRoutes,
  ...allianceLeaderboardRoutes,
  ...allianceActivityRoutes,
  ...allianceRegistrationRoutes,
  ...allianceProblemRoutes,
  ...meetingRoutes,
  ...actionItemRoutes,
];
