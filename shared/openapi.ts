/**
 * `GET /openapi.json`: an OpenAPI 3.1 description generated from the route table (shared/routes.ts), the
 * zod schemas the use-cases validate request bodies with, and the response schemas of
 * shared/openapi-responses.ts. Every route is behind the JWT authorizer; errors share one shape
 * `{error, message, errors?}` (functions/api/handler.ts `toErrorResponse`).
 */
import { extendZodWithOpenApi, OpenAPIRegistry, OpenApiGeneratorV31 } from '@asteasolutions/zod-to-openapi';
import { type ZodTypeAny, z } from 'zod';
import { uploadBodySchema } from '#shared/domain/upload-rules.ts';
import { BINARY_RESPONSES, RESPONSE_BODIES } from '#shared/openapi-responses.ts';
import { ROUTES, type RouteHandlerName } from '#shared/routes.ts';
import { createAgencySchema, createUserSchema, updateAgencySchema, updateUserSchema } from '#shared/use-cases/admin.ts';
import { inventorySchema } from '#shared/use-cases/declare-inventory.ts';
import { overrideDecisionSchema, reviewSchema } from '#shared/use-cases/documents.ts';
import { reclassifyRequestSchema } from '#shared/use-cases/reclassify.ts';
import { reconcileRequestSchema } from '#shared/use-cases/reconcile.ts';

// Adds `.openapi()` to zod's prototype, which the generator calls on every schema it meets.
extendZodWithOpenApi(z);

const JSON_BODIES: Partial<Record<RouteHandlerName, ZodTypeAny>> = {
  createUpload: uploadBodySchema,
  declareInventory: inventorySchema,
  reviewDocument: reviewSchema,
  decideOverride: overrideDecisionSchema,
  createAgency: createAgencySchema,
  updateAgency: updateAgencySchema,
  createUser: createUserSchema,
  updateUser: updateUserSchema,
  reclassify: reclassifyRequestSchema,
  reconcile: reconcileRequestSchema,
};
const CSV_BODIES: readonly RouteHandlerName[] = ['importAgencies', 'importInventory'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const errorSchema = z.object({
  /** Machine-readable code: `invalid_request`, `invalid_csv`, `forbidden`, `not_found`, `unauthorized`… */
  error: z.string(),
  /** Vietnamese, for the person. */
  message: z.string(),
  /** Imports: every bad row (CSV line or sheet row; Vietnamese message, English detail); nothing was written. */
  errors: z
    .array(z.object({ line: z.number(), column: z.string().nullable(), message: z.string(), detail: z.string() }))
    .optional(),
});

const ERRORS: Record<number, string> = {
  400: 'Invalid request: body, query or path parameter (Vietnamese message; imports list errors by line)',
  401: 'No valid token, or an identity without role or agency',
  403: 'The role may not use this route, or the agency is retired (writes)',
  404: 'No such record, or one of another agency',
  409: 'Conflicts with the stored state (exists already, or not in a state that allows it)',
  429: "Over the agency's fairness limit: uploads in flight (too_many_uploads_in_flight, try again shortly) or bytes for the day (daily_upload_limit)",
  500: 'Unexpected error (logged); try again later',
};

/** Error statuses a route can answer. */
function errorStatuses(method: string, path: string): number[] {
  const statuses = [400, 401, 403];
  if (path.includes('{') || method === 'GET') statuses.push(404);
  if (method !== 'GET') statuses.push(409);
  if (method === 'POST' && path === '/uploads') statuses.push(429);
  return [...statuses, 500];
}

export function buildOpenApi(): Record<string, unknown> {
  const registry = new OpenAPIRegistry();
  const bearer = registry.registerComponent('securitySchemes', 'bearer', {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'JWT',
  });
  for (const route of ROUTES) {
    const params = [...route.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string);
    const json = JSON_BODIES[route.handler];
    const binary = BINARY_RESPONSES[route.handler];
    registry.registerPath({
      method: route.method.toLowerCase() as 'get' | 'post' | 'put',
      path: route.path,
      summary: route.summary,
      description: `Roles: ${route.roles.join(', ')}.`,
      security: [{ [bearer.name]: [] }],
      request: {
        ...(params.length > 0 ? { params: z.object(Object.fromEntries(params.map((p) => [p, z.string()]))) } : {}),
        ...(json ? { body: { content: { 'application/json': { schema: json } } } } : {}),
        ...((CSV_BODIES as readonly string[]).includes(route.handler)
          ? {
              body: {
                content: {
                  'text/csv': { schema: z.string() },
                  [XLSX]: { schema: z.string().openapi({ format: 'binary' }) },
                },
              },
            }
          : {}),
      },
      responses: {
        [route.method === 'POST' && route.handler.startsWith('create') ? 201 : 200]: binary
          ? {
              description: binary.description,
              content: { [binary.contentType]: { schema: z.string().openapi({ format: 'binary' }) } },
            }
          : {
              description: 'OK',
              content: { 'application/json': { schema: RESPONSE_BODIES[route.handler] ?? z.unknown() } },
            },
        ...Object.fromEntries(
          errorStatuses(route.method, route.path).map((status) => [
            status,
            { description: ERRORS[status] ?? 'Error', content: { 'application/json': { schema: errorSchema } } },
          ]),
        ),
      },
    });
  }
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: { title: 'sohoa API', version: '1' },
  }) as unknown as Record<string, unknown>;
}
