// `npm run token -- --tenant sh-jinshan --role tenant_admin`: a token from the development issuer,
// alone on the last line of stdout. Also `--role platform_admin`, and `--client --scope lianjian/read`.
import { parseArgs } from 'node:util';
import { isRole, isScope, type Role, type Scope } from '@lianjian/core';
import { DEV_ISSUER_FILE, loadOrCreateDevIssuer } from '@lianjian/devkit';

const { values } = parseArgs({
  options: {
    tenant: { type: 'string' },
    role: { type: 'string', multiple: true },
    client: { type: 'boolean', default: false },
    scope: { type: 'string', multiple: true },
    sub: { type: 'string' },
    ttl: { type: 'string', default: '3600' },
  },
});

const fail = (message: string): never => {
  console.error(message);
  process.exit(2);
};

const roles = (values.role ?? []).map((role) =>
  isRole(role) ? role : fail(`unknown role ${role}`),
) as Role[];
const scopes = (values.scope ?? []).map((scope) =>
  isScope(scope) ? scope : fail(`unknown scope ${scope}`),
) as Scope[];
if (values.client && !values.tenant) fail('a machine client token needs --tenant');
if (!values.client && roles.length === 0)
  fail('give --role (tenant_admin, tenant_editor, tenant_viewer, platform_admin) or --client');

const issuer = await loadOrCreateDevIssuer(DEV_ISSUER_FILE);
const token = await issuer.mint({
  ...(values.sub ? { sub: values.sub } : {}),
  ...(values.tenant ? { tenantId: values.tenant } : {}),
  ...(values.client ? { client: { clientId: values.sub ?? `client-${values.tenant}`, scopes } } : { roles }),
  ttlSeconds: Number(values.ttl),
});
console.log(token);
