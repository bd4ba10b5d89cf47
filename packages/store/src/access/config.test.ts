import { describe, expect, it } from 'vitest';
import { parseRoleArnTemplate } from './arn.ts';
import { tenantAccessConfigFromEnv } from './config.ts';
import { createTableRouter } from './table-routing.ts';

const ROLE = 'arn:aws-cn:iam::123456789012:role/lianjian/tenant-data-{tenantId}';

describe('tenant access config', () => {
  it('is local mode without a role template, still reading SILO_TABLES', () => {
    const config = tenantAccessConfigFromEnv({ SILO_TABLES: '{"sh-pudong":"lianjian-sh-pudong"}' });
    expect(config.role).toBeUndefined();
    const router = createTableRouter('lianjian', config.siloTables);
    expect([router.tableFor('sh-pudong'), router.tableFor('sh-jinshan')]).toEqual([
      'lianjian-sh-pudong',
      'lianjian',
    ]);
  });

  it('reads the role template, the region and an STS endpoint', () => {
    expect(
      tenantAccessConfigFromEnv({
        TENANT_DATA_ROLE_ARN: ROLE,
        AWS_REGION: 'cn-northwest-1',
        STS_ENDPOINT: 'https://sts.cn-northwest-1.amazonaws.com.cn',
      }).role,
    ).toEqual({
      roleArnTemplate: ROLE,
      region: 'cn-northwest-1',
      stsEndpoint: 'https://sts.cn-northwest-1.amazonaws.com.cn',
    });
  });

  it.each([
    [{ TENANT_DATA_ROLE_ARN: ROLE }, /needs AWS_REGION/],
    [{ TENANT_DATA_ROLE_ARN: ROLE.replace('{tenantId}', 'x'), AWS_REGION: 'cn-north-1' }, /exactly once/],
    [{ TENANT_DATA_ROLE_ARN: `${ROLE}-{tenantId}`, AWS_REGION: 'cn-north-1' }, /exactly once/],
    [
      { TENANT_DATA_ROLE_ARN: 'arn:aws:iam::12:role/{tenantId}', AWS_REGION: 'cn-north-1' },
      /not an IAM role ARN/,
    ],
    [{ TENANT_DATA_ROLE_ARN: ROLE, AWS_REGION: 'cn-north-1', STS_ENDPOINT: 'sts.local' }, /STS_ENDPOINT/],
    [{ TENANT_DATA_ROLE_ARN: ROLE, AWS_REGION: 'nowhere' }, /not an AWS region/],
    [{ SILO_TABLES: '{' }, /SILO_TABLES is not JSON/],
    [{ SILO_TABLES: '["sh-pudong"]' }, /JSON object/],
    [{ SILO_TABLES: '{"pudong":"t-pudong"}' }, /SILO_TABLES names "pudong"/],
    [{ SILO_TABLES: '{"sh-pudong":"a b"}' }, /not a DynamoDB table name/],
  ])('refuses %j', (env, message) => {
    expect(() => tenantAccessConfigFromEnv(env)).toThrow(message);
  });

  it('refuses a rendered role name over 64 characters', () => {
    const template = parseRoleArnTemplate(`arn:aws:iam::123456789012:role/${'r'.repeat(30)}-{tenantId}`);
    expect(template.roleArn('sh-jinshan')).toMatch(/-sh-jinshan$/);
    expect(() => template.roleArn(`sh-${'a'.repeat(37)}`)).toThrow(/over 64/);
  });
});
