// A chunk of the Lambda bundle, loaded by the first call of one of its routes (routes/lazy.ts): the caller,
// the tenant registry and the audit log. They use only the tenant services, which are always there.
export { auditRoutes } from '../routes/audit.ts';
export { meRoutes } from '../routes/me.ts';
export { tenantRoutes } from '../routes/tenants.ts';
