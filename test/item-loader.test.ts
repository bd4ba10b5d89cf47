// Reads issued together travel as one BatchGetItem and each caller gets its own item.
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { createItemLoader } from '@lianjian/store';
import { beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from './support/harness.ts';

describe('item loader', () => {
  let h: Harness;
  const sent: string[] = [];

  beforeAll(async () => {
    h = await createHarness();
    h.store.doc.middlewareStack.add(
      (next, context) => async (args) => {
        sent.push(String(context.commandName));
        return next(args);
      },
      { step: 'initialize', name: 'countCommands' },
    );
    for (const sk of ['a', 'b']) {
      await h.store.doc.send(
        new PutCommand({ TableName: h.store.tableName, Item: { pk: 'T#loader', sk, value: sk } }),
      );
    }
  });

  it('coalesces reads of one turn into one BatchGetItem and answers each by its key', async () => {
    const loader = createItemLoader(h.store.doc, h.store.tableName);
    sent.length = 0;
    const [a, b, missing, again] = await Promise.all([
      loader.get({ pk: 'T#loader', sk: 'a' }),
      loader.get({ pk: 'T#loader', sk: 'b' }),
      loader.get({ pk: 'T#loader', sk: 'none' }),
      loader.get({ pk: 'T#loader', sk: 'a' }),
    ]);
    expect([a?.value, b?.value, missing, again?.value]).toEqual(['a', 'b', undefined, 'a']);
    expect(sent).toEqual(['BatchGetItemCommand']);
  });

  it('uses a plain GetItem for a lone read', async () => {
    const loader = createItemLoader(h.store.doc, h.store.tableName);
    sent.length = 0;
    expect((await loader.get({ pk: 'T#loader', sk: 'b' }))?.value).toBe('b');
    expect(sent).toEqual(['GetItemCommand']);
  });
});
