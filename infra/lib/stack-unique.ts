// A short suffix unique to one deployed stack, for physical names that must be unique in an account or region
// (IAM roles, the Cognito domain) yet predictable to the stack's own functions.
import { Aws, Fn } from 'aws-cdk-lib';

/**
 * The first group of the stack's GUID in `AWS::StackId` (`…:stack/<name>/<8 hex>-…`): 8 lower-case hex
 * characters, fixed for the stack's life, different for every stack (any name, stage or region).
 */
export const stackGuidPrefix = (): string =>
  Fn.select(0, Fn.split('-', Fn.select(2, Fn.split('/', Aws.STACK_ID))));
