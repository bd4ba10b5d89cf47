// @lianjian/infra: the CDK constructs and stack, re-exported by name for the app and the tests.
export { ApiFunction, type ApiFunctionProps } from './api-function.ts';
export {
  type AuthSettings,
  type AuthSettingsProps,
  PLACEHOLDER_ISSUER,
  resolveAuthSettings,
} from './auth-settings.ts';
export { CursorKeys, type CursorKeysProps } from './cursor-keys.ts';
export { LianjianStack, type LianjianStackProps } from './lianjian-stack.ts';
export { PublicApi, type PublicApiProps } from './public-api.ts';
export { createSingleTable, REQUEST_PATH_ACTIONS } from './single-table.ts';
