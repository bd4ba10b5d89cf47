// Every API route, in one table.
import type { RouteSpec } from '../http/route.ts';
import { auditRoutes } from './audit.ts';
import { meRoutes } from './me.ts';
import { orgRoutes } from './orgs.ts';
import { tenantRoutes } from './tenants.ts';

export const routes: readonly RouteSpec[] = [...meRoutes, ...tenantRoutes, ...orgRoutes, ...auditRoutes];
