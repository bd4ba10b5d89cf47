// Claims → principal, including Cognito's tenant-qualified group names.
import { describe, expect, it } from 'vitest';
import { DEFAULT_CLAIM_NAMES, principalFromClaims } from './claims.ts';

const COGNITO = { tenantId: 'custom:tenant_id', roles: 'cognito:groups' };

describe('principalFromClaims', () => {
  it('reads plain role names from the default claims', () => {
    expect(
      principalFromClaims(
        { sub: 'u', tenant_id: 'sh-jinshan', roles: ['tenant_admin', 'nonsense'] },
        DEFAULT_CLAIM_NAMES,
      ),
    ).toEqual({ kind: 'user', sub: 'u', tenantId: 'sh-jinshan', roles: ['tenant_admin'], scopes: [] });
  });

  it("keeps Cognito groups of the token's own tenant only", () => {
    const principal = principalFromClaims(
      {
        sub: 'u',
        'custom:tenant_id': 'sh-jinshan',
        'cognito:groups': ['sh-jinshan:tenant_editor', 'zj-jiashan:tenant_admin', 'platform_admin'],
      },
      COGNITO,
    );
    expect(principal?.roles).toEqual(['tenant_editor', 'platform_admin']);
  });

  it('grants no tenant-qualified role to a token without a tenant', () => {
    const principal = principalFromClaims(
      { sub: 'u', 'cognito:groups': ['sh-jinshan:tenant_admin'] },
      COGNITO,
    );
    expect(principal?.roles).toEqual([]);
  });
});
