// Builds the OpenAPI 3.1 document from the route table and the same zod schemas that validate requests.
// Run at build time for Lambda (the bundle ships the JSON), at start-up locally.
import type { Access } from '@lianjian/core';
import type * as z from 'zod/mini';
import { toJSONSchema } from 'zod/v4/core';
import { HTTP_PROBLEMS, PROBLEMS, type ProblemType } from '../http/problems.ts';
import type { RouteSpec } from '../http/route.ts';
import { routes as allRoutes } from '../routes/index.ts';

type JsonSchema = Record<string, unknown>;

const schemaOf = (schema: z.ZodMiniType, io: 'input' | 'output'): JsonSchema => {
  const { $schema: _drop, ...rest } = toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
  return rest;
};

const parametersOf = (schema: z.ZodMiniType | undefined, where: 'path' | 'query') => {
  if (!schema) return [];
  const object = schemaOf(schema, 'input') as {
    properties?: Record<string, JsonSchema>;
    required?: string[];
  };
  return Object.entries(object.properties ?? {}).map(([name, property]) => ({
    name,
    in: where,
    required: where === 'path' || (object.required ?? []).includes(name),
    schema: property,
  }));
};

/** A body of raw bytes (a file). */
const BINARY = { type: 'string', format: 'binary' };

const accessText = (access: Access): string => {
  switch (access.kind) {
    case 'public':
      return '无需登录 / public';
    case 'signedIn':
      return '任何已登录身份 / any signed-in principal';
    case 'roles':
      return `角色 roles: ${access.roles.join(', ')}${access.scope ? `; 机器客户端 scope: ${access.scope}` : ''}`;
  }
};

/** The problems a route can answer, from what it declares (auth, input, versions, idempotency) and its own. */
const problemsOf = (route: RouteSpec): ProblemType[] => {
  const list: ProblemType[] = [];
  if (route.access.kind !== 'public')
    list.push(PROBLEMS['auth.tokenInvalid'], PROBLEMS['auth.tenantSuspended']);
  if (route.access.kind === 'roles') list.push(PROBLEMS['auth.forbidden']);
  const { params, query, body } = route.schemas();
  if (params || query || body) list.push(PROBLEMS['input.invalid']);
  if (params) list.push(PROBLEMS['resource.notFound']);
  if (body || route.rawBody) list.push(PROBLEMS['input.tooLarge'], PROBLEMS['input.unsupportedMediaType']);
  if (route.requiresVersion) list.push(PROBLEMS['version.mismatch'], PROBLEMS['version.required']);
  if (route.idempotent) list.push(PROBLEMS['idempotency.keyReused']);
  list.push(
    ...(route.problems ?? []).map((code) => PROBLEMS[code]),
    PROBLEMS['dependency.unavailable'],
    HTTP_PROBLEMS.internal,
  );
  return list;
};

const problemResponses = (route: RouteSpec) => {
  const byStatus = new Map<number, ProblemType[]>();
  for (const problem of problemsOf(route))
    byStatus.set(problem.status, [...(byStatus.get(problem.status) ?? []), problem]);
  return Object.fromEntries(
    [...byStatus].map(([status, problems]) => [
      String(status),
      {
        description: problems.map((p) => `\`${p.code}\` ${p.title.zh} / ${p.title.en}`).join('; '),
        content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
      },
    ]),
  );
};

const operationOf = (route: RouteSpec) => {
  const headers = [
    ...(route.requiresVersion
      ? [
          {
            name: 'If-Match',
            in: 'header',
            required: true,
            schema: { type: 'string', examples: ['"3"'] },
            description: '读取时得到的 ETag',
          },
        ]
      : []),
    ...(route.idempotent
      ? [
          {
            name: 'Idempotency-Key',
            in: 'header',
            required: false,
            schema: { type: 'string', maxLength: 128 },
            description: '24 小时内重试返回首次结果',
          },
        ]
      : []),
  ];
  const success = route.response;
  const schemas = route.schemas();
  const responseSchema = route.responseSchema?.();
  const acceptedSchema = route.acceptedSchema?.();
  return {
    operationId: route.id,
    tags: [route.tag],
    summary: route.summary,
    description: [route.description, `权限 Access: ${accessText(route.access)}`].filter(Boolean).join('\n\n'),
    ...(route.access.kind === 'public' ? { security: [] } : {}),
    'x-access': route.access,
    parameters: [
      ...parametersOf(schemas.params, 'path'),
      ...parametersOf(schemas.query, 'query'),
      ...headers,
    ],
    ...(schemas.body
      ? {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: schemaOf(schemas.body, 'input') } },
          },
        }
      : {}),
    ...(route.rawBody
      ? {
          requestBody: {
            required: true,
            description: `文件本身，不超过 ${route.rawBody.maxBytes} 字节 / the file itself, at most ${route.rawBody.maxBytes} bytes`,
            content: Object.fromEntries(route.rawBody.contentTypes.map((type) => [type, { schema: BINARY }])),
          },
        }
      : {}),
    responses: {
      [String(success.status)]: {
        description: success.status === 204 ? '成功，无内容' : '成功',
        ...(success.files
          ? {
              description: '文件下载（Content-Disposition: attachment） / a file download',
              headers: {
                'Content-Disposition': {
                  schema: { type: 'string' },
                  description: 'attachment; filename="…"; filename*=UTF-8\'\'…',
                },
              },
              content: Object.fromEntries(success.files.map((type) => [type, { schema: BINARY }])),
            }
          : responseSchema
            ? {
                content: {
                  'application/json': {
                    schema: schemaOf(responseSchema, 'output'),
                    ...(success.example === undefined ? {} : { example: success.example }),
                  },
                },
              }
            : {}),
      },
      ...(success.accepted && acceptedSchema
        ? {
            '202': {
              description: success.accepted.description,
              headers: {
                Location: {
                  schema: { type: 'string' },
                  description: '跟进任务的地址 / where to follow the job',
                },
              },
              content: {
                'application/json': {
                  schema: schemaOf(acceptedSchema, 'output'),
                  ...(success.accepted.example === undefined ? {} : { example: success.accepted.example }),
                },
              },
            },
          }
        : {}),
      ...problemResponses(route),
    },
  };
};

export const buildOpenApiDocument = (routes: readonly RouteSpec[] = allRoutes) => {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    paths[route.path] = { ...paths[route.path], [route.method.toLowerCase()]: operationOf(route) };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: '联建 Lianjian API',
      version: '1.0.0',
      description:
        '长三角跨区域党建联盟平台接口。错误按 RFC 9457 返回 application/problem+json，默认中文，Accept-Language: en 返回英文。\n\n' +
        'Lianjian API for cross-regional Party-building alliances. Errors are RFC 9457 problem documents, Chinese by default.',
    },
    servers: [{ url: '/' }],
    security: [{ bearer: [] }],
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      schemas: {
        Problem: {
          type: 'object',
          required: ['type', 'title', 'status', 'code', 'requestId'],
          properties: {
            type: { type: 'string' },
            title: { type: 'string' },
            status: { type: 'integer' },
            code: { type: 'string', description: '稳定的错误代码 / stable error code' },
            detail: { type: 'string' },
            requestId: { type: 'string' },
            errors: {
              type: 'array',
              items: {
                type: 'object',
                properties: { path: { type: 'string' }, message: { type: 'string' } },
              },
            },
            rejected: {
              type: 'array',
              description:
                '导入时有误的行（import_rejected、import_header_invalid） / rows an import rejected',
              items: {
                type: 'object',
                required: ['row', 'message'],
                properties: {
                  row: { type: 'integer', description: '行号（表头为第 1 行） / row number, header = 1' },
                  column: { type: 'string', description: '列名（中文） / column header' },
                  message: { type: 'string' },
                },
              },
            },
          },
        },
      },
    },
    paths,
  };
};
