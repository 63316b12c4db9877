import { z } from 'zod';
import type { AnyEndpoint } from '../../../shared/endpoint.js';

type JsonSchema = Record<string, unknown>;

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const out = z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as JsonSchema;
  delete out.$schema;
  return out;
}

function parameters(schema: z.ZodType | undefined, where: 'path' | 'query') {
  if (!schema) return [];
  const s = jsonSchema(schema, 'input');
  const props = (s.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((s.required as string[] | undefined) ?? []);
  return Object.entries(props).map(([name, p]) => ({
    name,
    in: where,
    required: where === 'path' || required.has(name),
    schema: p,
  }));
}

const ERROR_SCHEMA = {
  type: 'object',
  properties: {
    error: {
      type: 'object',
      properties: {
        code: { type: 'string' },
        message: { type: 'string', description: 'Vietnamese, or English when the user chose English' },
        details: {
          type: 'array',
          items: {
            type: 'object',
            properties: { field: { type: 'string' }, message: { type: 'string' }, row: { type: 'integer' } },
          },
        },
      },
      required: ['code', 'message', 'details'],
    },
  },
  required: ['error'],
};

/** OpenAPI 3.1 built from the same zod contracts that validate the requests. */
export function buildOpenApi(endpoints: readonly AnyEndpoint[], version: string): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const ep of endpoints) {
    const path = ep.path.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
    const op: Record<string, unknown> = {
      operationId: ep.name,
      summary: ep.summary,
      tags: [ep.tag],
      parameters: [...parameters(ep.params, 'path'), ...parameters(ep.query, 'query')],
      responses: {
        [String(ep.status ?? 200)]: ep.file
          ? { description: 'File', content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } } }
          : { description: 'OK', content: { 'application/json': { schema: jsonSchema(ep.response, 'output') } } },
        default: { description: 'Error', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
      },
      ...(ep.access === 'public' ? { security: [] } : {}),
    };
    if (ep.upload)
      op.requestBody = {
        required: true,
        content: {
          'multipart/form-data': {
            schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } }, required: ['file'] },
          },
        },
      };
    if (ep.body) op.requestBody = { required: true, content: { 'application/json': { schema: jsonSchema(ep.body, 'input') } } };
    paths[path] = { ...(paths[path] ?? {}), [ep.method.toLowerCase()]: op };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Merit API', version, description: 'Công tác cán bộ — Merit. Write requests need the `x-csrf-token` header.' },
    components: {
      schemas: { Error: ERROR_SCHEMA },
      securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'merit_session' } },
    },
    security: [{ session: [] }],
    paths,
  };
}
