// The container's own DynamoDB client takes Lambda's credentials from the environment, as the SDK's default
// chain would, without loading the chain.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { configFromEnv } from './config.ts';
import { storeFromConfig } from './runtime.ts';

const base = {
  TABLE_NAME: 'unused',
  CURSOR_KEYS: `k1:${Buffer.alloc(32, 1).toString('base64')}`,
  AUTH_ISSUER: 'https://issuer.example',
  AUTH_AUDIENCE: 'lianjian',
  AUTH_JWKS: '{"keys":[]}',
};
const keys = {
  AWS_ACCESS_KEY_ID: 'AKIDLAMBDAROLE',
  AWS_SECRET_ACCESS_KEY: 'secret',
  AWS_SESSION_TOKEN: 'session',
};

describe('the container client', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('reads credentials from the environment only when they are there and no profile is named', () => {
    expect(configFromEnv({ ...base, ...keys }).credentialsInEnvironment).toBe(true);
    expect(configFromEnv({ ...base, ...keys, AWS_PROFILE: 'dev' }).credentialsInEnvironment).toBe(false);
    expect(configFromEnv({ ...base, AWS_ACCESS_KEY_ID: 'AKID' }).credentialsInEnvironment).toBe(false);
    expect(configFromEnv(base).credentialsInEnvironment).toBe(false);
  });

  it("signs with the environment's credentials, read when the client first asks", async () => {
    const store = storeFromConfig(configFromEnv({ ...base, ...keys }));
    for (const [name, value] of Object.entries(keys)) vi.stubEnv(name, value);
    const credentials = await store.doc.config.credentials();
    expect(credentials).toMatchObject({
      accessKeyId: 'AKIDLAMBDAROLE',
      secretAccessKey: 'secret',
      sessionToken: 'session',
    });
    // The environment provider itself: with the variables gone it fails instead of trying other sources.
    const other = storeFromConfig(configFromEnv({ ...base, ...keys }));
    vi.stubEnv('AWS_ACCESS_KEY_ID', undefined);
    await expect(other.doc.config.credentials()).rejects.toThrow(/AWS_ACCESS_KEY_ID|environment/i);
    store.doc.destroy();
    other.doc.destroy();
  });
});
