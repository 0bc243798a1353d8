/**
 * The `api` function: HTTP API (payload v2) behind a JWT authorizer. Routes map to use-cases; errors map
 * to responses in one place (`toErrorResponse`). Identity comes only from the authorizer's claims.
 */
import { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import type { TargetPolicy } from '#shared/domain/targets.ts';
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  SohoaError,
  UnauthorizedError,
  ValidationError,
} from '#shared/errors.ts';
import type { AllStores, Clock, ComplianceReader, ScanPresigner, UploadPresigner } from '#shared/ports.ts';
import { actingAgency, type Caller, callerFromClaims, notFound } from '#shared/use-cases/access.ts';
import { makeBuildReport, type ReportQuery } from '#shared/use-cases/build-report.ts';
import { makeCreateUpload } from '#shared/use-cases/create-upload.ts';
import { makeDeclareInventory, makeInventoryHistory } from '#shared/use-cases/declare-inventory.ts';
import { makeGetDocumentFile } from '#shared/use-cases/document-file.ts';
import { makeGetDocument, makeListDocuments, makeReviewDocument } from '#shared/use-cases/documents.ts';
import { makeGetProgress } from '#shared/use-cases/get-progress.ts';

export interface ApiDeps {
  stores: AllStores;
  presigner: UploadPresigner & ScanPresigner;
  reader: ComplianceReader;
  policy: TargetPolicy;
  /** `Điện Biên`: the province the report (`GET /report`) is about. */
  provinceName: string;
  clock: Clock;
  limits: { maxUploadBytes: number; uploadUrlTtlSeconds: number };
  logger?: Logger;
  /** Id source for uploads and documents (random UUIDs by default). */
  newId?: () => string;
}

export type ApiEvent = APIGatewayProxyEventV2WithJWTAuthorizer;
export type ApiResult = APIGatewayProxyStructuredResultV2;
export type ApiHandlerFn = (event: ApiEvent, context: Context) => Promise<ApiResult>;

interface Request {
  caller: Caller;
  params: Record<string, string>;
  query: Record<string, string | undefined>;
  body: () => unknown;
}
type Route = {
  method: string;
  path: RegExp;
  names: string[];
  run: (r: Request) => Promise<{ status: number; body: unknown }>;
};

function json(statusCode: number, body: unknown): ApiResult {
  return { statusCode, headers: { 'content-type': 'application/json; charset=utf-8' }, body: JSON.stringify(body) };
}

const STATUS_OF: ReadonlyArray<[new (...args: never[]) => SohoaError, number]> = [
  [ValidationError, 400],
  [UnauthorizedError, 401],
  [ForbiddenError, 403],
  [NotFoundError, 404],
  [ConflictError, 409],
];

/** The one place errors become HTTP responses: `{error: code, message: <Vietnamese>}`. */
export function toErrorResponse(error: unknown, logger: Logger): ApiResult {
  if (error instanceof SohoaError) {
    const status = STATUS_OF.find(([type]) => error instanceof type)?.[1] ?? (error.userError ? 400 : 500);
    if (status >= 500) logger.error('request failed', { error });
    else logger.info('request refused', { code: error.code, detail: error.message });
    return json(status, { error: error.code, message: error.messageVi });
  }
  logger.error('request failed', { error });
  return json(500, { error: 'internal_error', message: 'Đã xảy ra lỗi không mong muốn. Vui lòng thử lại sau.' });
}

function parseBody(event: ApiEvent): unknown {
  if (!event.body) return undefined;
  const text = event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : event.body;
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

function route(method: string, template: string, run: Route['run']): Route {
  const names: string[] = [];
  const source = template.replace(/\{(\w+)\}/g, (_, name: string) => {
    names.push(name);
    return '([^/]+)';
  });
  return { method, path: new RegExp(`^${source}/?$`), names, run };
}

/** `GET /report?year=&asOf=&period=`: province-wide figures, for leaders (viewer) and admins only. */
function reportQuery(caller: Caller, query: Request['query']): ReportQuery {
  if (caller.role === 'clerk') {
    throw new ForbiddenError(
      'forbidden',
      'clerks read their own agency through /progress',
      'Báo cáo toàn tỉnh dành cho lãnh đạo và quản trị viên; cán bộ xem tiến độ của cơ quan mình.',
    );
  }
  const year = query.year ? Number(query.year) : undefined;
  if (year !== undefined && (!Number.isInteger(year) || year < 2000 || year > 2100)) {
    throw new ValidationError('invalid_request', `invalid year ${query.year}`, 'Năm không hợp lệ (ví dụ: ?year=2026).');
  }
  if (query.asOf && !/^\d{4}-\d{2}-\d{2}$/.test(query.asOf)) {
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

export function makeApiHandler(deps: ApiDeps): ApiHandlerFn {
  const logger = deps.logger ?? new Logger({ serviceName: 'sohoa-api' });
  const { documents, sessions, inventory, agencies } = deps.stores;
  const createUpload = makeCreateUpload({
    documents,
    sessions,
    presigner: deps.presigner,
    clock: deps.clock,
    limits: deps.limits,
    newId: deps.newId,
  });
  const getDocument = makeGetDocument({ documents });
  const listDocuments = makeListDocuments({ documents });
  const reviewDocument = makeReviewDocument({ documents, clock: deps.clock });
  const declareInventory = makeDeclareInventory({ inventory, clock: deps.clock });
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

  /** The agency the request acts on; an admin naming another agency must name one that exists. */
  const agencyFor = async (r: Request): Promise<string> => {
    const agencyId = actingAgency(r.caller, r.query.agencyId);
    if (agencyId !== r.caller.agencyId && !(await agencies.get(agencyId))) throw notFound('agency');
    return agencyId;
  };

  const routes: Route[] = [
    route('POST', '/uploads', async (r) => ({
      status: 201,
      body: await createUpload(r.caller, await agencyFor(r), r.body()),
    })),
    route('GET', '/documents', async (r) => ({
      status: 200,
      body: await listDocuments(await agencyFor(r), r.query),
    })),
    route('GET', '/documents/{docId}', async (r) => ({
      status: 200,
      body: await getDocument(r.caller, r.params.docId ?? ''),
    })),
    route('GET', '/documents/{docId}/file', async (r) => ({
      status: 200,
      body: await getDocumentFile(r.caller, r.params.docId ?? ''),
    })),
    route('POST', '/documents/{docId}/review', async (r) => ({
      status: 200,
      body: await reviewDocument(r.caller, r.params.docId ?? '', r.body()),
    })),
    route('PUT', '/inventory', async (r) => ({
      status: 200,
      body: await declareInventory(r.caller, await agencyFor(r), r.body()),
    })),
    route('GET', '/progress', async (r) => ({
      status: 200,
      body: await getProgress(await agencyFor(r), r.query.year),
    })),
    route('GET', '/agencies/{id}/inventory', async (r) => ({
      status: 200,
      body: await inventoryHistory(r.caller, r.params.id ?? ''),
    })),
    route('GET', '/report', async (r) => ({
      status: 200,
      body: await buildReport(reportQuery(r.caller, r.query)),
    })),
  ];

  const handle = async (event: ApiEvent): Promise<ApiResult> => {
    try {
      const method = event.requestContext.http.method.toUpperCase();
      const path = event.rawPath || event.requestContext.http.path;
      let matched: { route: Route; params: Record<string, string> } | null = null;
      for (const candidate of routes) {
        const m = candidate.path.exec(path);
        if (!m) continue;
        if (candidate.method !== method) continue;
        const params: Record<string, string> = {};
        candidate.names.forEach((name, i) => {
          params[name] = decodeURIComponent(m[i + 1] ?? '');
        });
        matched = {
          route: candidate,
          params: { ...params, ...(event.pathParameters ?? {}) } as Record<string, string>,
        };
        break;
      }
      if (!matched)
        throw new NotFoundError('route_not_found', `no route ${method} ${path}`, 'Không tìm thấy địa chỉ yêu cầu.');
      const caller = callerFromClaims(event.requestContext.authorizer?.jwt?.claims);
      const result = await matched.route.run({
        caller,
        params: matched.params,
        query: event.queryStringParameters ?? {},
        body: () => parseBody(event),
      });
      return json(result.status, result.body);
    } catch (error) {
      return toErrorResponse(error, logger);
    }
  };

  return middy<ApiEvent, ApiResult>().use(injectLambdaContext(logger)).handler(handle) as unknown as ApiHandlerFn;
}
