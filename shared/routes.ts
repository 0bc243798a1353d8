/**
 * The HTTP API's routes, in one place: the `api` handler (functions/api/handler.ts) implements one
 * function per `handler` key (the `api` and `sheets` Lambda functions each serve the routes whose `fn` names them), the local API server (local/api-server.ts) matches these route keys, and
 * the CDK HTTP API (infra/constructs/upload-api.ts) declares exactly these routes behind the JWT authorizer.
 * `roles` is who may reach the route at all; use-cases refine (a viewer may not write, a clerk sees only
 * their own agency).
 */
import type { Role } from '#shared/use-cases/access.ts';

export type HttpMethod = 'GET' | 'POST' | 'PUT';

/**
 * The Lambda functions that serve the HTTP API: `api` serves every route but those that read or write an
 * Excel workbook, which `sheets` serves (exceljs is ~0.9 MB: api stays small). Both run functions/api/handler.ts.
 */
export type ApiFunction = 'api' | 'sheets';

export interface RouteSpec {
  readonly method: HttpMethod;
  /** API Gateway path template: `{name}` is one path segment. */
  readonly path: string;
  readonly roles: readonly Role[];
  /** The name of the handler function that serves the route. */
  readonly handler: string;
  readonly summary: string;
  /** The function that serves the route in AWS (default `api`); local mode serves every route in one process. */
  readonly fn?: ApiFunction;
}

const EVERYONE: readonly Role[] = ['clerk', 'viewer', 'admin'];
const LEADERS: readonly Role[] = ['viewer', 'admin'];
const ADMIN: readonly Role[] = ['admin'];

export const ROUTES = [
  { method: 'POST', path: '/uploads', roles: EVERYONE, handler: 'createUpload', summary: 'Presigned upload URLs' },
  { method: 'GET', path: '/documents', roles: EVERYONE, handler: 'listDocuments', summary: 'Documents of an agency' },
  { method: 'GET', path: '/documents/{docId}', roles: EVERYONE, handler: 'getDocument', summary: 'One document' },
  {
    method: 'GET',
    path: '/documents/{docId}/file',
    roles: EVERYONE,
    handler: 'getDocumentFile',
    summary: 'A presigned GET of the scan',
  },
  {
    method: 'POST',
    path: '/documents/{docId}/review',
    roles: EVERYONE,
    handler: 'reviewDocument',
    summary: 'Confirm or reject a document in review',
  },
  {
    method: 'POST',
    path: '/documents/{docId}/override',
    roles: ADMIN,
    handler: 'decideOverride',
    summary: 'Confirm or reject a clerk’s override of the pipeline {decision, note}',
  },
  { method: 'PUT', path: '/inventory', roles: EVERYONE, handler: 'declareInventory', summary: 'Declare an inventory' },
  { method: 'GET', path: '/progress', roles: EVERYONE, handler: 'getProgress', summary: 'Progress of an agency' },
  { method: 'GET', path: '/report', roles: LEADERS, handler: 'buildReport', summary: 'Province-wide report' },
  {
    method: 'GET',
    path: '/report/xlsx',
    roles: LEADERS,
    handler: 'reportWorkbook',
    summary: 'The province-wide report as the e-mailed XLSX workbook',
    fn: 'sheets',
  },
  {
    method: 'GET',
    path: '/agencies/{id}/inventory',
    roles: EVERYONE,
    handler: 'inventoryHistory',
    summary: 'Inventory declarations of an agency',
  },
  {
    method: 'GET',
    path: '/me',
    roles: EVERYONE,
    handler: 'whoAmI',
    summary: 'The caller: role and agency (with its name)',
  },
  { method: 'GET', path: '/catalogue', roles: EVERYONE, handler: 'getCatalogue', summary: 'Document types' },
  { method: 'GET', path: '/openapi.json', roles: EVERYONE, handler: 'getOpenApi', summary: 'This description' },
  { method: 'GET', path: '/policy', roles: EVERYONE, handler: 'getPolicy', summary: 'The target policy in force' },
  // Administration (province-wide).
  { method: 'GET', path: '/agencies', roles: ADMIN, handler: 'listAgencies', summary: 'Every agency' },
  { method: 'POST', path: '/agencies', roles: ADMIN, handler: 'createAgency', summary: 'Register an agency' },
  {
    method: 'PUT',
    path: '/agencies/{id}',
    roles: ADMIN,
    handler: 'updateAgency',
    summary: 'Change an agency, or retire it (validTo, successorId)',
  },
  {
    method: 'POST',
    path: '/agencies/import',
    roles: ADMIN,
    handler: 'importAgencies',
    summary: 'Agencies as CSV (text/csv) or an XLSX sheet, all-or-nothing',
    fn: 'sheets',
  },
  {
    method: 'POST',
    path: '/inventory/import',
    roles: ADMIN,
    handler: 'importInventory',
    summary: 'Inventories as CSV (text/csv) or an XLSX sheet, all-or-nothing',
    fn: 'sheets',
  },
  { method: 'GET', path: '/users', roles: ADMIN, handler: 'listUsers', summary: 'Users who may sign in' },
  {
    method: 'POST',
    path: '/users',
    roles: ADMIN,
    handler: 'createUser',
    summary: 'Invite a user {email, agencyId, role}',
  },
  {
    method: 'PUT',
    path: '/users/{id}',
    roles: ADMIN,
    handler: 'updateUser',
    summary: 'Change role, enable or disable',
  },
  {
    method: 'GET',
    path: '/overrides',
    roles: ADMIN,
    handler: 'listOverrides',
    summary: 'Overrides waiting for an admin',
  },
  { method: 'GET', path: '/audit', roles: ADMIN, handler: 'listAudit', summary: 'The audit log, newest first' },
  {
    method: 'GET',
    path: '/overview',
    roles: ADMIN,
    handler: 'statusOverview',
    summary: 'Documents by agency and status; stuck and waiting documents (?stuckAfterMinutes=)',
  },
  {
    method: 'POST',
    path: '/catalogue',
    roles: ADMIN,
    handler: 'createDocumentType',
    summary: 'Add a document type (unconfirmed unless stated)',
  },
  {
    method: 'PUT',
    path: '/catalogue/{id}',
    roles: ADMIN,
    handler: 'updateDocumentType',
    summary: 'Change a document type',
  },
  {
    method: 'POST',
    path: '/reclassify',
    roles: ADMIN,
    handler: 'reclassify',
    summary: 'Classify stored texts again (no OCR): one bounded pass, resumed with `after`',
  },
  {
    method: 'POST',
    path: '/reconcile',
    roles: ADMIN,
    handler: 'reconcile',
    summary: 'Check (with fix: repair) the counting index: one bounded pass, resumed with `after`',
  },
] as const satisfies readonly RouteSpec[];

export type RouteHandlerName = (typeof ROUTES)[number]['handler'];
/** `GET /documents/{docId}`: a route of the table, typed (infra's per-route throttles are keyed by it). */
export type RouteKey = (typeof ROUTES)[number] extends infer R
  ? R extends { method: infer M extends string; path: infer P extends string }
    ? `${M} ${P}`
    : never
  : never;

/** `METHOD /path`, as API Gateway names a route. */
export function routeKey(route: Pick<RouteSpec, 'method' | 'path'>): string {
  return `${route.method} ${route.path}`;
}

/** The function that serves a route in AWS. */
export function functionOf(route: RouteSpec): ApiFunction {
  return route.fn ?? 'api';
}

export const ROUTE_KEYS: readonly string[] = ROUTES.map(routeKey);

/** Every method the API answers (CORS preflight). */
export const ROUTE_METHODS: readonly HttpMethod[] = [...new Set(ROUTES.map((r) => r.method as HttpMethod))];
