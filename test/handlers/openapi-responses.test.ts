import type { APIGatewayProxyEventV2WithJWTAuthorizer } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHandlerFn, makeApiHandler } from '#functions/api/handler.ts';
import { makeDynamoStores } from '#shared/adapters/dynamodb/stores.ts';
import { BINARY_RESPONSES, RESPONSE_BODIES } from '#shared/openapi-responses.ts';
import type { AllStores } from '#shared/ports.ts';
import { ROUTES, routeKey } from '#shared/routes.ts';
import { startTestTable, type TestTable } from '#test/adapters/dynamodb/dynalite-table.ts';
import { fixedClock } from '#test/unit/pipeline/fakes.ts';
import { apiDepsOnTable } from './api-deps.ts';
import { fixturesAvailable, lambdaContext, readFixture, SKIP_REASON } from './fixtures.ts';

if (!fixturesAvailable) console.warn(`skipping openapi response tests: ${SKIP_REASON}`);

const clock = fixedClock('2026-03-05T02:00:00.000Z');
let table: TestTable;
let stores: AllStores;
let api: ApiHandlerFn;

beforeAll(async () => {
  table = await startTestTable();
  stores = makeDynamoStores(table);
  api = makeApiHandler(
    apiDepsOnTable(table, { stores, clock, limits: { maxUploadBytes: 1024 * 1024, uploadUrlTtlSeconds: 900 } }),
  );
  await stores.agencies.put({
    id: 'so-tttt',
    name: 'Sở Thông tin và Truyền thông',
    level: 'province',
    parentId: null,
    emails: [],
    validFrom: null,
    validTo: null,
    successorId: null,
  });
});
afterAll(async () => {
  await table?.close();
});

function request(
  method: string,
  path: string,
  options: { body?: unknown; text?: string; query?: Record<string, string> } = {},
): APIGatewayProxyEventV2WithJWTAuthorizer {
  const event = structuredClone(
    readFixture<Record<string, unknown>>('events/apigw-http-v2.json'),
  ) as unknown as APIGatewayProxyEventV2WithJWTAuthorizer;
  event.rawPath = path;
  event.routeKey = `${method} ${path}`;
  event.requestContext.http.method = method;
  event.requestContext.http.path = path;
  event.queryStringParameters = options.query;
  event.body = options.text ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
  if (options.text !== undefined) event.headers = { ...event.headers, 'content-type': 'text/csv' };
  event.requestContext.authorizer = {
    principalId: '',
    integrationLatency: 0,
    jwt: { claims: { sub: 'u', email: 'quantri@dienbien.gov.vn', agencyId: 'so-tttt', role: 'admin' }, scopes: [] },
  };
  return event;
}

describe.skipIf(!fixturesAvailable)('OpenAPI response schemas', () => {
  it('gives every route of the table a response schema (JSON or a file)', () => {
    const without = ROUTES.filter((r) => !RESPONSE_BODIES[r.handler] && !BINARY_RESPONSES[r.handler]).map(routeKey);
    expect(without).toEqual([]);
  });

  it('match what the handler answers on the main routes', async () => {
    const checked = new Set<string>();
    const answer = async (method: string, path: string, route: string, options?: Parameters<typeof request>[2]) => {
      const result = await api(request(method, path, options), lambdaContext);
      const body = JSON.parse(result.body ?? 'null');
      expect(result.statusCode, `${method} ${path}: ${result.body}`).toBeLessThan(300);
      const spec = ROUTES.find((r) => routeKey(r) === route);
      const schema = spec && RESPONSE_BODIES[spec.handler];
      expect(schema, route).toBeDefined();
      const parsed = schema!.safeParse(body);
      expect(parsed.success ? [] : parsed.error.issues, `${route} answer vs its schema`).toEqual([]);
      checked.add(route);
      return body;
    };
    const agency = { id: 'ubnd-xa-a', name: 'UBND xã A', level: 'commune', emails: ['xa-a@dienbien.gov.vn'] };
    await answer('POST', '/agencies', 'POST /agencies', { body: agency });
    await answer('PUT', '/agencies/ubnd-xa-a', 'PUT /agencies/{id}', { body: { name: 'UBND xã A mới' } });
    await answer('GET', '/agencies', 'GET /agencies');
    await answer('POST', '/agencies/import', 'POST /agencies/import', {
      text: 'id;name;level;parentId;email;validFrom;validTo;successorId\nubnd-xa-b;UBND xã B;commune;;;01/07/2025;;\n',
    });
    await answer('POST', '/inventory/import', 'POST /inventory/import', {
      text: 'agencyId,asOf,totalValid,estimated\nubnd-xa-b,01/01/2026,40,có\n',
    });
    await answer('PUT', '/inventory', 'PUT /inventory', { body: { asOf: '2026-01-01', totalValid: 120 } });
    await answer('GET', '/agencies/so-tttt/inventory', 'GET /agencies/{id}/inventory');
    await answer('GET', '/progress', 'GET /progress', { query: { year: '2026' } });
    const ticket = await answer('POST', '/uploads', 'POST /uploads', {
      body: { fileName: 'gp.pdf', contentType: 'application/pdf', size: 10, sha256: 'a'.repeat(64) },
    });
    await answer('GET', '/documents', 'GET /documents');
    await answer('GET', `/documents/${ticket.docId}`, 'GET /documents/{docId}');
    await answer('GET', `/documents/${ticket.docId}/file`, 'GET /documents/{docId}/file');
    await answer('GET', '/report', 'GET /report', { query: { year: '2026' } });
    await answer('GET', '/catalogue', 'GET /catalogue');
    const type = {
      id: 'gcn-thu',
      name: 'Giấy chứng nhận thử',
      title: 'GIẤY CHỨNG NHẬN THỬ',
      levels: { before: ['province'], after: ['province'] },
      validity: { kind: 'open' },
      source: 'thử nghiệm',
    };
    await answer('POST', '/catalogue', 'POST /catalogue', { body: type });
    await answer('PUT', '/catalogue/gcn-thu', 'PUT /catalogue/{id}', { body: { confirmed: true } });
    await answer('GET', '/policy', 'GET /policy');
    await answer('GET', '/me', 'GET /me');
    const user = await answer('POST', '/users', 'POST /users', {
      body: { email: 'vanthu@dienbien.gov.vn', agencyId: 'ubnd-xa-a', role: 'clerk' },
    });
    await answer('PUT', `/users/${user.id}`, 'PUT /users/{id}', { body: { enabled: false } });
    await answer('GET', '/users', 'GET /users');
    await answer('GET', '/overrides', 'GET /overrides');
    await answer('GET', '/overview', 'GET /overview');
    await answer('POST', '/reclassify', 'POST /reclassify', { body: {} });
    await answer('POST', '/reconcile', 'POST /reconcile', { body: {} });
    await answer('GET', '/audit', 'GET /audit');
    await answer('GET', '/openapi.json', 'GET /openapi.json');
    // Review and override answers are the document view, checked above through GET /documents/{docId}.
    expect(checked.size).toBeGreaterThanOrEqual(ROUTES.length - 4);
  });

  it('describes each route with its response schema and its error statuses', async () => {
    const result = await api(request('GET', '/openapi.json'), lambdaContext);
    const doc = JSON.parse(result.body ?? '{}');
    const get = doc.paths['/documents/{docId}'].get;
    expect(Object.keys(get.responses).sort()).toEqual(['200', '400', '401', '403', '404', '500']);
    const view = get.responses['200'].content['application/json'].schema;
    expect(view.required).toEqual(expect.arrayContaining(['docId', 'status', 'docType', 'issueDate', 'message']));
    expect(view.properties.status.enum).toContain('needs_review');
    expect(doc.paths['/agencies'].post.responses['201'].content['application/json'].schema.required).toEqual(
      expect.arrayContaining(['id', 'name', 'level']),
    );
    expect(doc.paths['/agencies'].post.responses['409']).toBeDefined();
    expect(Object.keys(doc.paths['/report/xlsx'].get.responses['200'].content)).toEqual([
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ]);
    expect(Object.keys(doc.paths['/inventory/import'].post.requestBody.content)).toEqual([
      'text/csv',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ]);
    const error = doc.paths['/agencies/import'].post.responses['400'].content['application/json'].schema;
    expect(error.required).toEqual(['error', 'message']);
  });
});
