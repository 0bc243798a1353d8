/**
 * `GET /openapi.json`: an OpenAPI 3.1 description generated from the route table (shared/routes.ts) and
 * the zod schemas the use-cases validate request bodies with. Every route is behind the JWT authorizer;
 * errors share one shape `{error, message, errors?}` (functions/api/handler.ts `toErrorResponse`).
 */
import { extendZodWithOpenApi, OpenAPIRegistry, OpenApiGeneratorV31 } from '@asteasolutions/zod-to-openapi';
import { type ZodTypeAny, z } from 'zod';
import { uploadBodySchema } from '#shared/domain/upload-rules.ts';
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

const errorSchema = z.object({
  error: z.string(),
  message: z.string(),
  errors: z
    .array(z.object({ line: z.number(), column: z.string().nullable(), message: z.string(), detail: z.string() }))
    .optional(),
});

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
          ? { body: { content: { 'text/csv': { schema: z.string() } } } }
          : {}),
      },
      responses: {
        [route.method === 'POST' && route.handler.startsWith('create') ? 201 : 200]: {
          description: 'OK',
          content: { 'application/json': { schema: z.unknown() } },
        },
        ...Object.fromEntries(
          [400, 401, 403, 404, 409].map((status) => [
            status,
            { description: 'Error (Vietnamese message)', content: { 'application/json': { schema: errorSchema } } },
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
