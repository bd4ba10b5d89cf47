// The one place errors become problem responses.
import { isDomainError, isImportRejected, type RowRejection } from '@lianjian/core';
import { isTenantAccessError } from '@lianjian/store';
import { type Outgoing, PROBLEM_TYPE } from './exchange.ts';
import type { Lang } from './lang.ts';
import { problemDocument } from './problem-response.ts';
import { HTTP_PROBLEMS, PROBLEMS, type ProblemType } from './problems.ts';

/** AWS SDK errors that mean "try again later", not "your request is wrong". */
const RETRYABLE = new Set([
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'RequestLimitExceeded',
  'ServiceUnavailable',
  'InternalServerError',
  'TimeoutError',
]);
const RETRY_AFTER_SECONDS = '1';

export const problemResponse = (
  type: ProblemType,
  lang: Lang,
  requestId: string,
  params: Readonly<Record<string, string | number>> = {},
  issues: Parameters<typeof problemDocument>[4] = [],
): Outgoing => {
  const headers: Record<string, string> = { 'content-type': PROBLEM_TYPE };
  if (type.status === 503 || type.status === 429) headers['retry-after'] = RETRY_AFTER_SECONDS;
  if (type.status === 401) headers['www-authenticate'] = 'Bearer';
  return {
    status: type.status,
    headers,
    body: JSON.stringify(problemDocument(type, lang, requestId, params, issues)),
  };
};

/** No route (or docs asset) at this path. */
export const routeNotFound = (lang: Lang, requestId: string): Outgoing =>
  problemResponse(HTTP_PROBLEMS.routeNotFound, lang, requestId);

/** Rejected rows of an import in the caller's language (column headers stay as in the template). */
export const localizedRejections = (rejected: readonly RowRejection[], lang: Lang) =>
  rejected.map(({ row, column, message }) => ({
    row,
    ...(column === undefined ? {} : { column }),
    message: message[lang],
  }));

export const toProblem = (error: unknown, lang: Lang, requestId: string): Outgoing => {
  // An import's problems name rows and columns: they are listed in `rejected`, beside the usual fields.
  if (isImportRejected(error)) {
    const type = PROBLEMS[error.code];
    const document = problemDocument(type, lang, requestId, error.params);
    return {
      status: type.status,
      headers: { 'content-type': PROBLEM_TYPE },
      body: JSON.stringify({ ...document, rejected: localizedRejections(error.rejected, lang) }),
    };
  }
  if (isDomainError(error))
    return problemResponse(PROBLEMS[error.code], lang, requestId, error.params, error.issues);
  // STS could not hand out the tenant's session: try again later. Other tenant access errors (settings,
  // policy size, ids) are ours, answered as internal errors without detail.
  if (isTenantAccessError(error))
    return error.code === 'access.assumeRoleFailed'
      ? problemResponse(PROBLEMS['dependency.unavailable'], lang, requestId)
      : problemResponse(HTTP_PROBLEMS.internal, lang, requestId, { requestId });
  const name = (error as { name?: unknown } | null)?.name;
  if (typeof name === 'string' && RETRYABLE.has(name)) {
    return problemResponse(PROBLEMS['dependency.unavailable'], lang, requestId);
  }
  return problemResponse(HTTP_PROBLEMS.internal, lang, requestId, { requestId });
};
