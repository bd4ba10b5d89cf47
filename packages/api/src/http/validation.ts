// Parses input with a zod schema and turns every issue into a field-level message in the caller's language.
import { DomainError, type FieldIssue } from '@lianjian/core';
import type * as z from 'zod/mini';
import type { Lang } from './lang.ts';

type Issue = z.core.$ZodIssue;

const TYPE_NAMES: Record<string, [string, string]> = {
  string: ['文本', 'a string'],
  number: ['数字', 'a number'],
  int: ['整数', 'an integer'],
  boolean: ['布尔值', 'a boolean'],
  object: ['对象', 'an object'],
  array: ['数组', 'an array'],
};

const typeName = (type: string, lang: Lang): string => {
  const names = TYPE_NAMES[type];
  return names ? names[lang === 'zh' ? 0 : 1] : type;
};

/** `participants[6].name` style path, as the API conventions show. */
export const formatPath = (path: readonly PropertyKey[]): string =>
  path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    '',
  );

const sizeUnit = (origin: string, lang: Lang): string => {
  if (origin === 'string') return lang === 'zh' ? '个字符' : ' characters';
  if (origin === 'array') return lang === 'zh' ? '项' : ' items';
  return '';
};

/** One issue in words; zh first, en second. */
export const describeIssue = (issue: Issue, lang: Lang): string => {
  const zh = lang === 'zh';
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? zh
          ? '必填'
          : 'is required'
        : zh
          ? `应为${typeName(issue.expected, lang)}`
          : `must be ${typeName(issue.expected, lang)}`;
    case 'too_small': {
      if (issue.origin === 'string' && issue.minimum === 1) return zh ? '不能为空' : 'must not be empty';
      const unit = sizeUnit(issue.origin, lang);
      return zh ? `不能少于 ${issue.minimum}${unit}` : `must be at least ${issue.minimum}${unit}`;
    }
    case 'too_big': {
      const unit = sizeUnit(issue.origin, lang);
      return zh ? `不能超过 ${issue.maximum}${unit}` : `must be at most ${issue.maximum}${unit}`;
    }
    case 'invalid_format':
      return zh ? '格式不正确' : 'has an invalid format';
    case 'invalid_value':
      return zh
        ? `须为以下之一：${issue.values.map(String).join('、')}`
        : `must be one of: ${issue.values.map(String).join(', ')}`;
    case 'unrecognized_keys':
      return zh ? `不支持的字段：${issue.keys.join('、')}` : `unknown fields: ${issue.keys.join(', ')}`;
    case 'not_multiple_of':
      return zh ? `须为 ${issue.divisor} 的倍数` : `must be a multiple of ${issue.divisor}`;
    default:
      return issue.message.includes(' / ')
        ? (issue.message.split(' / ')[zh ? 0 : 1] ?? issue.message)
        : issue.message;
  }
};

/** Parses `input`, or fails with `input.invalid` listing every issue. `where` prefixes paths (query, header…). */
export const parseInput = <T extends z.ZodMiniType>(
  schema: T,
  input: unknown,
  lang: Lang,
  where?: string,
): z.output<T> => {
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return result.data;
  const issues: FieldIssue[] = result.error.issues.map((issue) => ({
    path: formatPath(where ? [where, ...issue.path] : issue.path),
    message: describeIssue(issue, lang),
  }));
  throw new DomainError('input.invalid', {}, issues);
};
