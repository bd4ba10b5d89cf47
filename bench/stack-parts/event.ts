// What the stack-part handlers read from the API Gateway event of GET /v1/orgs/{orgId}: no library, so each
// part handler measures its one library alone.
export interface ProxyEvent {
  readonly path: string;
  readonly headers: Record<string, string | undefined>;
}

export const TENANT_ID = 'sh-jinshan';

export const orgIdOf = (event: ProxyEvent): string => event.path.split('/').at(-1) ?? '';

export const tokenOf = (event: ProxyEvent): string =>
  (event.headers.Authorization ?? event.headers.authorization ?? '').replace(/^Bearer /, '');

export const itemKey = (orgId: string) => ({ pk: { S: `T#${TENANT_ID}` }, sk: { S: `ORG#${orgId}` } });
