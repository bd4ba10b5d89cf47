// Starts one DynamoDB Local (in memory) for the whole run; each test file makes its own table in it.
import { hasJava, JAVA_MISSING, type RunningDynamoDb, startDynamoDbLocal } from '@lianjian/devkit';
import type { TestProject } from 'vitest/node';

let dynamodb: RunningDynamoDb | undefined;

export async function setup(project: TestProject): Promise<void> {
  if (!hasJava()) throw new Error(JAVA_MISSING);
  dynamodb = await startDynamoDbLocal();
  project.provide('dynamodbEndpoint', dynamodb.endpoint);
}

export async function teardown(): Promise<void> {
  await dynamodb?.stop();
}

declare module 'vitest' {
  export interface ProvidedContext {
    dynamodbEndpoint: string;
  }
}
