/**
 * The `api` and `sheets` functions: HTTP API (payload v2) behind a JWT authorizer. Routes map to use-cases;
 * errors map to responses in one place (`toErrorResponse`). Identity comes only from the authorizer's claims.
 * Each Lambda function serves the routes of the table whose `fn` names it (`serves`); local mode serves all.
 */
import { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import type { Tracer } from '@aws-lambda-powertools/tracer';
import middy from '@middy/core';
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { isSafeId } from '#shared/domain/object-keys.ts';
import { parseYear } from '#shared/domain/periods.ts';
import type { TargetPolicy } from '#shared/domain/targets.ts';
import type { Agency } from '#shared/domain/types.ts';
import { isIsoDate } from '#shared/domain/vn-time.ts';
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  SohoaError,
  TooManyRequestsError,
  UnauthorizedError,
  ValidationError,
} from '#shared/errors.ts';
import { tracing } from '#shared/events/tracing.ts';
import { buildOpenApi } from '#shared/openapi.ts';
import type {
  AllStores,
  Clock,
  ComplianceReader,
  ObjectReader,
  ReportRenderer,
  ScanPresigner,
  UploadPresigner,
  UserDirectory,
} from '#shared/ports.ts';
import { XLSX_TYPE } from '#shared/ports.ts';
import {
  type ApiFunction,
  functionOf,
  ROUTES,
  type RouteHandlerName,
  type RouteSpec,
  routeKey,
} from '#shared/routes.ts';
import { actingAgency, type Caller, callerFromClaims, makeAgencyGate, notFound } from '#shared/use-cases/access.ts';
import { getPolicy, makeAdmin, makeAuditWriter, parseBody as parseRequest } from '#shared/use-cases/admin.ts';
import { makeBuildReport, type ReportQuery } from '#shared/use-cases/build-report.ts';
import { type CatalogueInForce, makeCatalogueAdmin, makeCatalogueInForce } from '#shared/use-cases/catalogue.ts';
import { makeCreateUpload, type UploadLimits } from '#shared/use-cases/create-upload.ts';
import { type WorkbookReader, XLSX_CONTENT_TYPE } from '#shared/use-cases/csv-import.ts';
import { makeDeclareInventory, makeInventoryHistory } from '#shared/use-cases/declare-inventory.ts';
import { makeGetDocumentFile } from '#shared/use-cases/document-file.ts';
import {
  makeDecideOverride,
  makeGetDocument,
  makeListDocuments,
  makeListOverrides,
  makeReviewDocument,
} from '#shared/use-cases/documents.ts';
import { classifyWithDomain, needsReviewWithDomain } from '#shared/use-cases/domain-classifier.ts';
import { makeGetProgress } from '#shared/use-cases/get-progress.ts';
import { makeReclassify, reclassifyRequestSchema } from '#shared/use-cases/reclassify.ts';
import { makeReconcile, reconcileRequestSchema } from '#shared/use-cases/reconcile.ts';
import { makeStatusOverview } from '#shared/use-cases/status-overview.ts';

export interface ApiDeps {
  stores: AllStores;
  /** Cognito in AWS, the table locally. */
  users: UserDirectory;
  presigner: UploadPresigner & ScanPresigner;
  /** The stored texts (`extracted/`), which `POST /reclassify` classifies again. */
  objects: Pick<ObjectReader, 'get'>;
  reader: ComplianceReader;
  /**
   * The e-mailed report's workbook, for `GET /report/xlsx` (shared/adapters/report/xlsx.ts), and the XLSX
   * reader of the imports (shared/adapters/xlsx/sheet-reader.ts): exceljs, so only where workbooks are served.
   */
  renderer?: Pick<ReportRenderer, 'workbook'>;
  readWorkbook?: WorkbookReader;
  /** The function whose routes (shared/routes.ts `fn`) this handler serves; every route when absent (local mode). */
  serves?: ApiFunction;
  policy: TargetPolicy;
  /** `Điện Biên`: the province the report (`GET /report`) is about. */
  provinceName: string;
  clock: Clock;
  /** Upload rules; the per-agency limits default to upload-rules.ts's. */
  limits: UploadLimits;
  logger?: Logger;
  /** X-Ray tracing (the Lambda composition's Tracer); none locally. */
  tracer?: Tracer;
  /** Id source for uploads and documents (random UUIDs by default). */
  newId?: () => string;
  /** The catalogue in force (shared with classify in local mode); default: read from `stores.catalogue`. */
  catalogue?: CatalogueInForce;
}

export type ApiEvent = APIGatewayProxyEventV2WithJWTAuthorizer;
export type ApiResult = APIGatewayProxyStructuredResultV2;
export type ApiHandlerFn = (event: ApiEvent, context: Context) => Promise<ApiResult>;

interface Request {
  caller: Caller;
  /** The caller's own agency (it must exist: checked before any route runs). */
  agency: Agency;
  params: Record<string, string>;
  query: Record<string, string | undefined>;
  body: () => unknown;
  /** The import file: the raw bytes of an XLSX workbook (by content type), else the text (CSV). */
  importFile: () => string | { xlsx: Uint8Array } | undefined;
}
/** A JSON answer, or `file`: a download (base64 body, as API Gateway payload v2 sends binary). */
type Run = (
  r: Request,
) => Promise<{ status: number; body: unknown; file?: { bytes: Uint8Array; contentType: string; fileName: string } }>;
interface CompiledRoute {
  spec: RouteSpec;
  path: RegExp;
  names: string[];
}

function json(statusCode: number, body: unknown): ApiResult {
  return { statusCode, headers: { 'content-type': 'application/json; charset=utf-8' }, body: JSON.stringify(body) };
}

const STATUS_OF: ReadonlyArray<[new (...args: never[]) => SohoaError, number]> = [
  [ValidationError, 400],
  [UnauthorizedError, 401],
  [ForbiddenError, 403],
  [NotFoundError, 404],
  [ConflictError, 409],
  [TooManyRequestsError, 429],
];

/** The one place errors become HTTP responses: `{error: code, message: <Vietnamese>}`. */
export function toErrorResponse(error: unknown, logger: Logger): ApiResult {
  if (error instanceof SohoaError) {
    const status = STATUS_OF.find(([type]) => error instanceof type)?.[1] ?? (error.userError ? 400 : 500);
    if (status >= 500) logger.error('request failed', { error });
    else logger.info('request refused', { code: error.code, detail: error.message });
    return json(status, {
      error: error.code,
      message: error.messageVi,
      ...(error.details ? { errors: error.details } : {}),
    });
  }
  logger.error('request failed', { error });
  return json(500, { error: 'internal_error', message: 'Đã xảy ra lỗi không mong muốn. Vui lòng thử lại sau.' });
}

function bodyText(event: ApiEvent): string | undefined {
  if (!event.body) return undefined;
  return event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : event.body;
}

function importFile(event: ApiEvent): string | { xlsx: Uint8Array } | undefined {
  const type = Object.entries(event.headers ?? {}).find(([name]) => name.toLowerCase() === 'content-type')?.[1] ?? '';
  if (!type.toLowerCase().startsWith(XLSX_CONTENT_TYPE)) return bodyText(event);
  if (!event.body) return { xlsx: new Uint8Array() };
  return { xlsx: Buffer.from(event.body, event.isBase64Encoded ? 'base64' : 'binary') };
}

function parseBody(event: ApiEvent): unknown {
  const text = bodyText(event);
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new ValidationError(
      'invalid_json',
      'request body is not valid JSON',
      'Nội dung yêu cầu không phải JSON hợp lệ.',
    );
  }
}

/** Longest path parameter we look at (a user's e-mail at most); ids we generate are far shorter. */
const MAX_PARAM_LENGTH = 256;

/** A path segment, percent-decoded; malformed encoding (`%E0%A4%A`, `%zz`) is the caller's mistake: 400. */
function decodeSegment(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    throw new ValidationError(
      'invalid_path',
      `malformed percent-encoding in path segment ${raw.slice(0, 80)}`,
      'Địa chỉ yêu cầu có ký tự mã hóa phần trăm (%) không hợp lệ.',
    );
  }
}

function invalidId(name: string, value: string): ValidationError {
  return new ValidationError(
    'invalid_id',
    `malformed ${name} (${value.length} characters)`,
    'Mã trong yêu cầu không hợp lệ: chỉ gồm chữ không dấu, chữ số, `.`, `-`, `_`, tối đa 128 ký tự.',
  );
}

/**
 * Path parameters are ids we generate (documents, agencies, catalogue types: safe ids) or, for `/users/{id}`,
 * a user name or e-mail; anything else (a 2 KB id, `a/../x`) is refused before it reaches a store.
 */
function checkParams(spec: RouteSpec, params: Record<string, string>): void {
  for (const [name, value] of Object.entries(params)) {
    const ok = spec.path.startsWith('/users/') ? USER_NAME.test(value) : isSafeId(value);
    if (value.length > MAX_PARAM_LENGTH || !ok) throw invalidId(name, value);
  }
}

/** A user name as Cognito allows it (letters, marks, symbols, digits, punctuation; no spaces), or an e-mail. */
const USER_NAME = /^[\p{L}\p{M}\p{S}\p{N}\p{P}]{1,128}$/u;

function compile(spec: RouteSpec): CompiledRoute {
  const names: string[] = [];
  const source = spec.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    names.push(name);
    return '([^/]+)';
  });
  return { spec, path: new RegExp(`^${source}/?$`), names };
}

const COMPILED: readonly CompiledRoute[] = ROUTES.map(compile);

function forbiddenRole(spec: RouteSpec): ForbiddenError {
  if (spec.handler === 'buildReport') {
    return new ForbiddenError(
      'forbidden',
      'clerks read their own agency through /progress',
      'Báo cáo toàn tỉnh dành cho lãnh đạo và quản trị viên; cán bộ xem tiến độ của cơ quan mình.',
    );
  }
  return new ForbiddenError(
    'forbidden',
    `role not allowed on ${routeKey(spec)}`,
    spec.roles.length === 1 && spec.roles[0] === 'admin'
      ? 'Chức năng này chỉ dành cho quản trị viên.'
      : 'Tài khoản không có quyền dùng chức năng này.',
  );
}

/** `GET /report?year=&asOf=&period=`: province-wide figures, for leaders (viewer) and admins only. */
function reportQuery(query: Request['query']): ReportQuery {
  const year = parseYear(query.year, 'invalid_request');
  if (query.asOf && !isIsoDate(query.asOf)) {
    throw new ValidationError('invalid_request', `invalid asOf ${query.asOf}`, 'Ngày không hợp lệ (YYYY-MM-DD).');
  }
  const period = query.period;
  if (period && period !== 'month' && period !== 'quarter' && period !== 'year') {
    throw new ValidationError(
      'invalid_request',
      `invalid period ${period}`,
      'Kỳ báo cáo phải là month, quarter hoặc year.',
    );
  }
  return { year, asOf: query.asOf || undefined, period: (period || undefined) as ReportQuery['period'] };
}

/** Documents per `POST /reclassify` pass (a text read and a conditional write each) and per `POST /reconcile` pass. */
export const RECLASSIFY_PAGE = 200;
export const RECONCILE_PAGE = 2000;
const MAINTENANCE_VI = 'Yêu cầu không hợp lệ: agencyId, after (chuỗi), limit (số nguyên), fix (true/false).';

export function makeApiHandler(deps: ApiDeps): ApiHandlerFn {
  const logger = deps.logger ?? new Logger({ serviceName: `sohoa-${deps.serves ?? 'api'}` });
  const { documents, sessions, inventory, agencies } = deps.stores;
  const createUpload = makeCreateUpload({
    documents,
    sessions,
    quota: deps.stores.quota,
    presigner: deps.presigner,
    clock: deps.clock,
    limits: deps.limits,
    newId: deps.newId,
  });
  const getDocument = makeGetDocument({ documents });
  const listDocuments = makeListDocuments({ documents });
  // The caller's agency must exist; writes need the agency current (Vietnam time).
  const gate = makeAgencyGate({ agencies, clock: deps.clock });
  const catalogue = deps.catalogue ?? makeCatalogueInForce({ store: deps.stores.catalogue, clock: deps.clock });
  const audit = makeAuditWriter({ audit: deps.stores.audit, clock: deps.clock, newId: deps.newId });
  const reviewDocument = makeReviewDocument({ documents, clock: deps.clock, gate, catalogue, audit });
  const decideOverride = makeDecideOverride({ documents, clock: deps.clock, audit, catalogue });
  const listOverrides = makeListOverrides({ documents, agencies });
  const admin = makeAdmin({
    agencies,
    inventory,
    users: deps.users,
    audit: deps.stores.audit,
    clock: deps.clock,
    newId: deps.newId,
    readWorkbook: deps.readWorkbook,
  });
  const statusOverview = makeStatusOverview({ agencies, documents, clock: deps.clock });
  const catalogueAdmin = makeCatalogueAdmin({
    store: deps.stores.catalogue,
    catalogue,
    record: makeAuditWriter({ audit: deps.stores.audit, clock: deps.clock, newId: deps.newId }),
  });
  const declareInventory = makeDeclareInventory({
    inventory,
    agencies,
    clock: deps.clock,
    audit,
  });
  const inventoryHistory = makeInventoryHistory({ inventory, agencies });
  const getProgress = makeGetProgress({ reader: deps.reader, agencies, policy: deps.policy, clock: deps.clock });
  const getDocumentFile = makeGetDocumentFile({ documents, presigner: deps.presigner, clock: deps.clock });
  // The same computation as the e-mailed report: the dashboard shows its numbers, not a second count.
  const buildReport = makeBuildReport({
    reader: deps.reader,
    clock: deps.clock,
    policy: deps.policy,
    provinceName: deps.provinceName,
  });

  // Maintenance passes over the stored documents, bounded so one request fits the function's timeout.
  const reclassify = makeReclassify({
    documents,
    objects: deps.objects,
    classify: classifyWithDomain,
    needsReview: needsReviewWithDomain,
    catalogue,
    clock: deps.clock,
  });
  const reconcile = makeReconcile({ documents });

  /** The agency the request acts on; an admin naming another agency must name one that exists. */
  const agencyFor = async (r: Request): Promise<string> => {
    if (r.query.agencyId && !isSafeId(r.query.agencyId)) throw invalidId('agencyId', r.query.agencyId);
    const agencyId = actingAgency(r.caller, r.query.agencyId);
    if (agencyId !== r.caller.agencyId && !(await agencies.get(agencyId))) throw notFound('agency');
    return agencyId;
  };
  const writableAgencyFor = async (r: Request): Promise<string> => {
    const agencyId = await agencyFor(r);
    await gate.writable(agencyId);
    return agencyId;
  };

  // One function per route of the table (shared/routes.ts); the type makes a missing one a compile error.
  const handlers: Record<RouteHandlerName, Run> = {
    createUpload: async (r) => ({
      status: 201,
      body: await createUpload(r.caller, await writableAgencyFor(r), r.body()),
    }),
    listDocuments: async (r) => ({ status: 200, body: await listDocuments(await agencyFor(r), r.query) }),
    getDocument: async (r) => ({ status: 200, body: await getDocument(r.caller, r.params.docId ?? '') }),
    getDocumentFile: async (r) => ({ status: 200, body: await getDocumentFile(r.caller, r.params.docId ?? '') }),
    reviewDocument: async (r) => ({
      status: 200,
      body: await reviewDocument(r.caller, r.params.docId ?? '', r.body()),
    }),
    declareInventory: async (r) => ({
      status: 200,
      body: await declareInventory(r.caller, await writableAgencyFor(r), r.body()),
    }),
    getProgress: async (r) => ({
      status: 200,
      body: await getProgress(await agencyFor(r), parseYear(r.query.year, 'invalid_request')),
    }),
    inventoryHistory: async (r) => ({ status: 200, body: await inventoryHistory(r.caller, r.params.id ?? '') }),
    decideOverride: async (r) => ({
      status: 200,
      body: await decideOverride(r.caller, r.params.docId ?? '', r.body()),
    }),
    listOverrides: async () => ({ status: 200, body: await listOverrides() }),
    buildReport: async (r) => ({ status: 200, body: await buildReport(reportQuery(r.query)) }),
    reportWorkbook: async (r) => {
      const report = await buildReport(reportQuery(r.query));
      if (!deps.renderer)
        throw new Error('no workbook renderer here: GET /report/xlsx is served where exceljs is wired');
      const { bytes, fileName } = await deps.renderer.workbook(report);
      return { status: 200, body: null, file: { bytes, contentType: XLSX_TYPE, fileName } };
    },
    whoAmI: async (r) => ({
      status: 200,
      body: {
        subject: r.caller.subject,
        role: r.caller.role,
        agencyId: r.agency.id,
        agencyName: r.agency.name,
        agencyLevel: r.agency.level,
      },
    }),
    getCatalogue: async () => ({ status: 200, body: await catalogueAdmin.list() }),
    getOpenApi: async () => ({ status: 200, body: buildOpenApi() }),
    getPolicy: async () => ({ status: 200, body: getPolicy(deps.policy) }),
    listAgencies: async () => ({ status: 200, body: await admin.listAgencies() }),
    createAgency: async (r) => ({ status: 201, body: await admin.createAgency(r.caller, r.body()) }),
    updateAgency: async (r) => ({ status: 200, body: await admin.updateAgency(r.caller, r.params.id ?? '', r.body()) }),
    importAgencies: async (r) => ({ status: 200, body: await admin.importAgencies(r.caller, r.importFile()) }),
    importInventory: async (r) => ({ status: 200, body: await admin.importInventory(r.caller, r.importFile()) }),
    listUsers: async () => ({ status: 200, body: await admin.listUsers() }),
    createUser: async (r) => ({ status: 201, body: await admin.createUser(r.caller, r.body()) }),
    updateUser: async (r) => ({ status: 200, body: await admin.updateUser(r.caller, r.params.id ?? '', r.body()) }),
    listAudit: async (r) => ({ status: 200, body: await admin.listAudit(r.query) }),
    statusOverview: async (r) => ({ status: 200, body: await statusOverview(r.query) }),
    createDocumentType: async (r) => ({ status: 201, body: await catalogueAdmin.create(r.caller, r.body()) }),
    updateDocumentType: async (r) => ({
      status: 200,
      body: await catalogueAdmin.update(r.caller, r.params.id ?? '', r.body()),
    }),
    reclassify: async (r) => {
      const request = parseRequest(reclassifyRequestSchema, r.body() ?? {}, MAINTENANCE_VI);
      return { status: 200, body: await reclassify({ ...request, limit: request.limit ?? RECLASSIFY_PAGE }) };
    },
    reconcile: async (r) => {
      const request = parseRequest(reconcileRequestSchema, r.body() ?? {}, MAINTENANCE_VI);
      return { status: 200, body: await reconcile({ ...request, limit: request.limit ?? RECONCILE_PAGE }) };
    },
  };

  // Another function's route is not found here (API Gateway never sends one: infra integrates by `fn`).
  const served = deps.serves ? COMPILED.filter((r) => functionOf(r.spec) === deps.serves) : COMPILED;

  const handle = async (event: ApiEvent): Promise<ApiResult> => {
    try {
      const method = event.requestContext.http.method.toUpperCase();
      const path = event.rawPath || event.requestContext.http.path;
      let matched: { route: CompiledRoute; params: Record<string, string> } | null = null;
      for (const candidate of served) {
        const m = candidate.path.exec(path);
        if (!m) continue;
        if (candidate.spec.method !== method) continue;
        const params: Record<string, string> = {};
        candidate.names.forEach((name, i) => {
          params[name] = decodeSegment(m[i + 1] ?? '');
        });
        matched = {
          route: candidate,
          params: { ...params, ...(event.pathParameters ?? {}) } as Record<string, string>,
        };
        break;
      }
      if (!matched)
        throw new NotFoundError('route_not_found', `no route ${method} ${path}`, 'Không tìm thấy địa chỉ yêu cầu.');
      checkParams(matched.route.spec, matched.params);
      const caller = callerFromClaims(event.requestContext.authorizer?.jwt?.claims);
      const agency = await gate.callerAgency(caller);
      if (!(matched.route.spec.roles as readonly string[]).includes(caller.role))
        throw forbiddenRole(matched.route.spec);
      const result = await handlers[matched.route.spec.handler as RouteHandlerName]({
        caller,
        agency,
        params: matched.params,
        query: event.queryStringParameters ?? {},
        body: () => parseBody(event),
        importFile: () => importFile(event),
      });
      if (result.file) {
        return {
          statusCode: result.status,
          headers: {
            'content-type': result.file.contentType,
            'content-disposition': `attachment; filename="${result.file.fileName}"`,
            'cache-control': 'no-store',
          },
          body: Buffer.from(result.file.bytes).toString('base64'),
          isBase64Encoded: true,
        };
      }
      return json(result.status, result.body);
    } catch (error) {
      return toErrorResponse(error, logger);
    }
  };

  return middy<ApiEvent, ApiResult>()
    .use(tracing(deps.tracer))
    .use(injectLambdaContext(logger))
    .handler(handle) as unknown as ApiHandlerFn;
}
