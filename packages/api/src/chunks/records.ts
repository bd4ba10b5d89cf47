// A chunk of the Lambda bundle, loaded by the first call of one of its routes (routes/lazy.ts): the tenant's
// own records (organisations, units, industry chains, coverage), their routes and their services.
export { chainRoutes } from '../routes/chains.ts';
export { coverageRoutes } from '../routes/coverage.ts';
export { orgRoutes } from '../routes/orgs.ts';
export { unitRoutes } from '../routes/units.ts';
export { createRecordServices } from '../services/records.ts';
