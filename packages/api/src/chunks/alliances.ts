// A chunk of the Lambda bundle, loaded by the first call of one of its routes (routes/lazy.ts): alliances,
// their governance and workspace, with the alliance and insight services.
export { actionItemRoutes } from '../routes/action-items.ts';
export { allianceActivityRoutes } from '../routes/alliance-activities.ts';
export { allianceClaimRoutes } from '../routes/alliance-claims.ts';
export { allianceDashboardRoutes } from '../routes/alliance-dashboard.ts';
export { allianceLeaderboardRoutes } from '../routes/alliance-leaderboard.ts';
export { allianceListRoutes } from '../routes/alliance-lists.ts';
export { allianceMatchRoutes } from '../routes/alliance-matches.ts';
export { allianceProblemRoutes } from '../routes/alliance-problems.ts';
export { allianceRegistrationRoutes } from '../routes/alliance-registrations.ts';
export { allianceRoutes } from '../routes/alliances.ts';
export { chairRoutes } from '../routes/chair.ts';
export { charterRoutes } from '../routes/charter.ts';
export { committeeRoutes } from '../routes/committee.ts';
export { meetingRoutes } from '../routes/meetings.ts';
export { memberUnitRoutes } from '../routes/member-units.ts';
export { createAllianceServices } from '../services/alliances.ts';
export { createInsightServices } from '../services/insights.ts';
