// The scheduled jobs' Lambda entry (functions/jobs) against DynamoDB Local: the leaderboard job computes every
// alliance's month; the escalation job escalates overdue problems once; an unknown job is refused.
import { problemSchemas, shanghaiDate, shanghaiMonth } from '@lianjian/core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { type Caller, createHarness, type Harness } from './support/harness.ts';

const admin = (tenant: string): Caller => ({ tenant, role: 'tenant_admin' });

describe('scheduled jobs', () => {
  let h: Harness;
  let runJob: typeof import('../functions/jobs/src/index.ts').runJob;
  const lambdaContext = { awsRequestId: 'job-test' };

  beforeAll(async () => {
    h = await createHarness();
    for (const tenant of ['sh-jinshan', 'zj-jiashan']) await h.addTenant(tenant);
    // The entry builds its services at import, from its environment, as in a Lambda container.
    process.env.TABLE_NAME = h.store.tableName;
    process.env.DYNAMODB_ENDPOINT = inject('dynamodbEndpoint');
    ({ runJob } = await import('../functions/jobs/src/index.ts'));
  });

  const newAlliance = async () => {
    const response = await h.call('POST', '/v1/alliances', {
      as: admin('sh-jinshan'),
      body: { name: `定时任务联盟${Math.random()}`, kind: 'cluster' },
    });
    expect(response.status).toBe(201);
    return String(((await response.json()) as { id: string }).id);
  };

  it('computes this month’s leaderboard for every alliance', async () => {
    const ids = [await newAlliance(), await newAlliance()];
    const outcome = await runJob({ job: 'leaderboard' }, lambdaContext);
    expect(outcome.alliances).toBe(2);
    for (const id of ids) {
      const response = await h.call('GET', `/v1/alliances/${id}/leaderboard`, { as: admin('sh-jinshan') });
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({
        month: shanghaiMonth(new Date()),
        entries: [{ rank: 1 }],
      });
    }
  });

  it('escalates overdue problems once, however often it runs', async () => {
    const id = await newAlliance();
    for (const step of ['invitations', 'invitations/zj-jiashan/accept']) {
      const as = step.endsWith('accept') ? admin('zj-jiashan') : admin('sh-jinshan');
      const body = step === 'invitations' ? { tenantId: 'zj-jiashan' } : undefined;
      const response = await h.call('POST', `/v1/alliances/${id}/${step}`, { as, ...(body ? { body } : {}) });
      expect(response.status).toBeLessThan(300);
    }
    // Raised through the service 60 days ago, due 30 days ago: overdue now.
    const raisedAt = new Date(Date.now() - 60 * 86_400_000);
    await h.services.problems.create(
      {
        principal: {
          kind: 'user',
          sub: 'raiser',
          tenantId: 'sh-jinshan',
          roles: ['tenant_admin'],
          scopes: [],
        },
        requestId: 'raise',
        now: raisedAt,
      },
      { allianceId: id, tenantId: 'sh-jinshan', role: 'secretariat' },
      problemSchemas().Create.parse({
        title: '园区企业融资难',
        category: 'financing',
        description: '多家企业反映缺少贷款渠道',
        urgency: 'high',
        assigneeTenantId: 'zj-jiashan',
        dueDate: shanghaiDate(raisedAt.getTime() + 30 * 86_400_000),
      }),
    );
    const first = await runJob({ job: 'escalations' }, lambdaContext);
    expect(first.escalated).toBe(1);
    expect((await runJob({ job: 'escalations' }, lambdaContext)).escalated).toBe(0);
  });

  it('refuses a job it does not know', async () => {
    await expect(runJob({ job: 'reindex' }, lambdaContext)).rejects.toThrow("unknown job 'reindex'");
  });
});
