// RFC 9457 problem documents, in the caller's language.
import type { FieldIssue } from '@lianjian/core';
import type { Lang } from './lang.ts';
import type { ProblemType } from './problems.ts';

export interface ProblemDocument {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly code: string;
  readonly detail?: string;
  readonly requestId: string;
  readonly errors?: readonly FieldIssue[];
}

export const problemDocument = (
  type: ProblemType,
  lang: Lang,
  requestId: string,
  params: Readonly<Record<string, string | number>> = {},
  issues: readonly FieldIssue[] = [],
): ProblemDocument => {
  const detail = type.detail?.(params)[lang];
  return {
    type: `/problems/${type.code.replaceAll('_', '-')}`,
    title: type.title[lang],
    status: type.status,
    code: type.code,
    ...(detail ? { detail } : {}),
    requestId,
    ...(issues.length ? { errors: issues } : {}),
  };
};
