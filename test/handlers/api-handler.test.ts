import { createHash } from 'node:crypto';
import type { APIGatewayProxyEventV2WithJWTAuthorizer } from 'aws-lambda';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiDeps, type ApiHandlerFn, makeApiHandler } from '#functions/api/handler.ts';
import { API_ROUTE_KEYS } from '#local/api-server.ts';
import { makeDynamoStores } from '#shared/adapters/dynamodb/stores.ts';
import { findDocumentType } from '#shared/domain/catalogue.ts';
import { extractedKey } from '#shared/domain/object-keys.ts';
import { loadTargetPolicy, targetFor } from '#shared/domain/targets.ts';
import type { Agency } from '#shared/domain/types.ts';
import { sanitizeFileName } from '#shared/domain/upload-rules.ts';
import type { AllStores } from '#shared/ports.ts';
import { functionOf, ROUTES } from '#shared/routes.ts';
import { ROLES } from '#shared/use-cases/access.ts';
import { makeClassifyDocument } from '#shared/use-cases/classify-document.ts';
import { AGENCY_COLUMNS, INVENTORY_COLUMNS, XLSX_CONTENT_TYPE } from '#shared/use-cases/csv-import.ts';
import { startTestTable, type TestTable } from '#test/adapters/dynamodb/dynalite-table.ts';
import { fixedClock, jsonLineClassify, makeMemoryObjects, textFor } from '#test/unit/pipeline/fakes.ts';
import { apiDepsOnTable } from './api-deps.ts';
import { fixturesAvailable, lambdaContext, readFixture, SKIP_REASON } from './fixtures.ts';

if (!fixturesAvailable) console.warn(`skipping api handler tests: ${SKIP_REASON}`);

const clock = fixedClock('2026-03-05T02:00:00.000Z');
let table: TestTable;
let stores: AllStores;
let api: ApiHandlerFn;
let ids = 0;
const texts = makeMemoryObjects();

let deps: ApiDeps;

beforeAll(async () => {
  table = await startTestTable();
  stores = makeDynamoStores(table);
  deps = apiDepsOnTable(table, { stores, objects: texts, clock, newId: () => `id-${++ids}` });
  api = makeApiHandler(deps);
  // Callers' agencies must exist (access.ts); ubnd-xa-cu was merged into ubnd-xa-moi on 2025-06-30.
  for (const [id, name] of [
    ['so-xay-dung', 'Sở Xây dựng'],
    ['so-tu-phap', 'Sở Tư pháp'],
    ['so-tttt', 'Sở Thông tin và Truyền thông'],
    ['ubnd-xa-thanh-nua', 'UBND xã Thanh Nưa'],
    ['ubnd-xa-moi', 'UBND xã Mới'],
  ] as const) {
    await stores.agencies.put(agencyRecord(id, name));
  }
  await stores.agencies.put({
    ...agencyRecord('ubnd-xa-cu', 'UBND xã Cũ'),
    validTo: '2025-06-30',
    successorId: 'ubnd-xa-moi',
  });
});

function agencyRecord(id: string, name: string): Agency {
  return { id, name, level: 'province', parentId: null, emails: [], validFrom: null, validTo: null, successorId: null };
}
afterAll(async () => {
  await table?.close();
});

type Role = 'clerk' | 'admin' | 'viewer';

/** The real HTTP API v2 fixture, with the route, body and the JWT authorizer's claims filled in. */
function request(
  method: string,
  path: string,
  options: { agencyId?: string; role?: Role; body?: unknown; query?: Record<string, string> } = {},
): APIGatewayProxyEventV2WithJWTAuthorizer {
  const event = structuredClone(
    readFixture<Record<string, unknown>>('events/apigw-http-v2.json'),
  ) as unknown as APIGatewayProxyEventV2WithJWTAuthorizer;
  event.rawPath = path;
  event.routeKey = `${method} ${path}`;
  event.requestContext.http.method = method;
  event.requestContext.http.path = path;
  event.queryStringParameters = options.query;
  event.rawQueryString = new URLSearchParams(options.query ?? {}).toString();
  event.body = options.body === undefined ? undefined : JSON.stringify(options.body);
  event.requestContext.authorizer = {
    principalId: '',
    integrationLatency: 0,
    jwt: {
      claims: {
        sub: 'user-1',
        email: 'clerk@dienbien.gov.vn',
        agencyId: options.agencyId ?? 'so-xay-dung',
        role: options.role ?? 'clerk',
      },
      scopes: [],
    },
  };
  return event;
}

async function call(event: APIGatewayProxyEventV2WithJWTAuthorizer) {
  const result = await api(event, lambdaContext);
  const isJson = String(result.headers?.['content-type'] ?? '').startsWith('application/json');
  return { status: result.statusCode, body: isJson ? JSON.parse(result.body ?? 'null') : null };
}

async function callRaw(event: APIGatewayProxyEventV2WithJWTAuthorizer) {
  return api(event, lambdaContext);
}

const fileBody = Buffer.from('%PDF-1.7 giấy phép xây dựng');
const upload = {
  fileName: 'Giấy phép xây dựng 125/GP-UBND (bản scan).pdf',
  contentType: 'application/pdf',
  size: fileBody.length,
  sha256: createHash('sha256').update(fileBody).digest('hex'),
};

describe.skipIf(!fixturesAvailable)('api handler (real middy chain, HTTP API v2 fixture)', () => {
  it('serves every route of the route table, only to the roles it lists; the local server uses the same table', async () => {
    expect([...API_ROUTE_KEYS]).toEqual(ROUTES.map((r) => `${r.method} ${r.path}`));
    for (const spec of ROUTES) {
      const path = spec.path.replace(/\{\w+\}/g, 'khong-co');
      for (const role of ROLES) {
        const { status, body } = await call(request(spec.method, path, { role, body: {} }));
        if ((spec.roles as readonly string[]).includes(role))
          expect(body?.error, `${spec.method} ${path}`).not.toBe('route_not_found');
        else expect({ status, error: body.error }).toEqual({ status: 403, error: 'forbidden' });
      }
    }
    const unknown = await call(request('DELETE', '/documents', { role: 'admin' }));
    expect({ status: unknown.status, error: unknown.body.error }).toEqual({ status: 404, error: 'route_not_found' });
  });

  it('answers POST /uploads with a presigned PUT signed for type, length and checksum', async () => {
    const { status, body } = await call(request('POST', '/uploads', { body: upload }));
    expect(status).toBe(201);
    expect(body).toMatchObject({ method: 'PUT', expiresAt: '2026-03-05T02:15:00.000Z' });
    const url = new URL(body.url);
    expect(url.searchParams.get('X-Amz-SignedHeaders')).toBe('content-length;content-type;host;x-amz-checksum-sha256');
    // Sanitized name: the `/` of the document number cannot become a folder; Vietnamese letters stay (NFC).
    expect(decodeURIComponent(url.pathname)).toMatch(
      new RegExp(`/incoming/so-xay-dung/${body.uploadId}/Giấy phép xây dựng 125_GP-UBND \\(bản scan\\)\\.pdf$`),
    );
    expect(body.headers['x-amz-checksum-sha256']).toBe(createHash('sha256').update(fileBody).digest('base64'));
    const doc = await call(request('GET', `/documents/${body.docId}`));
    expect(doc.body).toMatchObject({ docId: body.docId, status: 'uploading', agencyId: 'so-xay-dung' });
  });

  it('stores a name with a bidi override stripped (key and record) and shows the original escaped', async () => {
    const { status, body } = await call(
      request('POST', '/uploads', { body: { ...upload, fileName: 'GPXD\u202Efdp.exe' } }),
    );
    expect(status).toBe(201);
    expect(decodeURIComponent(new URL(body.url).pathname)).toMatch(/\/GPXDfdp\.exe$/);
    const doc = await call(request('GET', `/documents/${body.docId}`));
    expect(doc.body).toMatchObject({ fileName: 'GPXDfdp.exe', originalFileName: 'GPXD<U+202E>fdp.exe' });
    expect(await stores.sessions.get(body.uploadId)).toMatchObject({ originalFileName: 'GPXD<U+202E>fdp.exe' });
  });

  it('refuses bad upload requests with a Vietnamese message', async () => {
    const cases: [unknown, string][] = [
      [{ ...upload, sha256: 'abc' }, 'invalid_request'],
      [{ ...upload, contentType: 'application/zip' }, 'unsupported_type'],
      [{ ...upload, size: 60 * 1024 * 1024 }, 'file_too_large'],
      [{ ...upload, size: 0 }, 'empty_file'],
    ];
    for (const [body, code] of cases) {
      const out = await call(request('POST', '/uploads', { body }));
      expect(out.status).toBe(400);
      expect(out.body.error).toBe(code);
      expect(out.body.message).toMatch(/[ạảãáàâấầẩẫậăắằẳẵặêếềểễệôốồổỗộơớờởỡợưứừửữựđ]/i);
    }
    const notJson = request('POST', '/uploads');
    notJson.body = '{nope';
    expect((await call(notJson)).body.error).toBe('invalid_json');
  });

  it('does not let a viewer upload, nor a token without claims in', async () => {
    expect((await call(request('POST', '/uploads', { role: 'viewer', body: upload }))).status).toBe(403);
    const anonymous = request('GET', '/documents');
    anonymous.requestContext.authorizer.jwt.claims = {};
    expect((await call(anonymous)).status).toBe(401);
  });

  it('answers 404, never the record, to a clerk of another agency; admins see it', async () => {
    const { body } = await call(request('POST', '/uploads', { body: upload }));
    const other = await call(request('GET', `/documents/${body.docId}`, { agencyId: 'ubnd-xa-thanh-nua' }));
    expect(other).toEqual({ status: 404, body: { error: 'not_found', message: 'Không tìm thấy hồ sơ.' } });
    expect(
      (await call(request('GET', '/documents', { agencyId: 'ubnd-xa-thanh-nua', query: { agencyId: 'so-xay-dung' } })))
        .status,
    ).toBe(404);
    const admin = await call(request('GET', `/documents/${body.docId}`, { agencyId: 'so-tttt', role: 'admin' }));
    expect(admin.status).toBe(200);
    const list = await call(
      request('GET', '/documents', {
        agencyId: 'so-tttt',
        role: 'admin',
        query: { agencyId: 'so-xay-dung', status: 'uploading' },
      }),
    );
    expect(list.body.items.map((d: { docId: string }) => d.docId)).toContain(body.docId);
    const unknown = await call(
      request('GET', '/documents', { agencyId: 'so-tttt', role: 'admin', query: { agencyId: 'khong-ton-tai' } }),
    );
    expect(unknown.status).toBe(404);
  });

  it('reviews a document, declares inventory and reports progress against the target', async () => {
    // A document that the classifier sent to review (low confidence).
    const { body: ticket } = await call(request('POST', '/uploads', { body: { ...upload, sha256: 'b'.repeat(64) } }));
    const doc = await stores.documents.get(ticket.docId);
    await stores.documents.save(
      {
        ...doc!,
        status: 'extracted',
        digitizedAt: '2026-03-05T01:00:00.000Z',
        extractedKey: extractedKey(ticket.docId),
      },
      doc!.version,
    );
    const objects = makeMemoryObjects();
    await objects.put(extractedKey(ticket.docId), JSON.stringify(textFor({ confidence: 0.3 })), 'application/json');
    await makeClassifyDocument({ documents: stores.documents, objects, classify: jsonLineClassify, clock })(
      ticket.docId,
    );
    expect((await call(request('GET', `/documents/${ticket.docId}`))).body).toMatchObject({
      status: 'needs_review',
      reason: 'low_confidence',
    });

    expect(
      (await call(request('POST', `/documents/${ticket.docId}/review`, { body: { decision: 'maybe' } }))).status,
    ).toBe(400);
    const reviewed = await call(
      request('POST', `/documents/${ticket.docId}/review`, {
        body: { decision: 'accept', fields: { holder: 'Lò Thị Mai', docType: 'giay-phep-xay-dung-nha-o' } },
      }),
    );
    expect(reviewed.body).toMatchObject({
      status: 'classified',
      holder: 'Lò Thị Mai',
      docType: 'giay-phep-xay-dung-nha-o',
      reviewedBy: 'clerk@dienbien.gov.vn',
    });
    // The corrected type brings the catalogue's title with it.
    expect(reviewed.body.title).toBe(findDocumentType('giay-phep-xay-dung-nha-o')?.title);

    await call(request('PUT', '/inventory', { body: { asOf: '2025-06-30', totalValid: 7, estimated: true } }));
    const declared = await call(request('PUT', '/inventory', { body: { asOf: '2026-01-01', totalValid: 10 } }));
    const history = await call(request('GET', '/agencies/so-xay-dung/inventory'));
    expect(history.body.items.map((d: { asOf: string; totalValid: number }) => [d.asOf, d.totalValid])).toEqual([
      ['2026-01-01', 10],
      ['2025-06-30', 7],
    ]);
    expect((await call(request('GET', '/agencies/so-xay-dung/inventory', { agencyId: 'so-tu-phap' }))).status).toBe(
      404,
    );
    expect(declared.body).toMatchObject({ agencyId: 'so-xay-dung', totalValid: 10, estimated: false });
    expect((await call(request('PUT', '/inventory', { body: { asOf: '1/1/2026', totalValid: -1 } }))).status).toBe(400);

    const progress = await call(request('GET', '/progress', { query: { year: '2026' } }));
    expect(progress.status).toBe(200);
    expect(progress.body).toMatchObject({
      agencyId: 'so-xay-dung',
      year: 2026,
      asOf: '2026-03-05',
      inventory: 10,
      digitized: 1,
      rate: 0.1,
    });
    expect(progress.body.target).toBe(targetFor(loadTargetPolicy(), 2026, 'province'));

    // The scan itself, through a short-lived presigned GET; never for another agency.
    const file = await call(request('GET', `/documents/${ticket.docId}/file`));
    expect(file.status).toBe(200);
    expect(file.body).toMatchObject({ contentType: 'application/pdf', fileName: sanitizeFileName(upload.fileName) });
    const fileUrl = new URL(file.body.url);
    expect(fileUrl.pathname).toContain(`/incoming/so-xay-dung/${ticket.uploadId}/`);
    expect(fileUrl.searchParams.get('X-Amz-Expires')).toBe('300');
    expect(fileUrl.searchParams.get('response-content-disposition')).toContain("filename*=UTF-8''Gi%E1%BA%A5y");
    expect((await call(request('GET', `/documents/${ticket.docId}/file`, { agencyId: 'so-tu-phap' }))).status).toBe(
      404,
    );

    // The province report is the report use-case's own answer: the same counts as /progress.
    expect((await call(request('GET', '/report', { query: { year: '2026' } }))).status).toBe(403);
    const report = await call(request('GET', '/report', { role: 'viewer', query: { year: '2026' } }));
    expect(report.status).toBe(200);
    expect(report.body).toMatchObject({ year: 2026, asOf: '2026-03-05', provinceName: 'Điện Biên' });
    const row = report.body.agencies.find((a: { id: string }) => a.id === 'so-xay-dung');
    expect(row).toMatchObject({ digitized: 1, inventory: 10 });
    expect((await call(request('GET', '/report', { role: 'viewer', query: { year: 'x' } }))).status).toBe(400);
  });

  it('refuses identities without a role, with a malformed or unknown agency, in Vietnamese', async () => {
    const withClaims = (claims: Record<string, string>) => {
      const event = request('GET', '/documents');
      event.requestContext.authorizer.jwt.claims = { sub: 'u', ...claims };
      return event;
    };
    const noRole = await call(withClaims({ agencyId: 'so-xay-dung' }));
    expect(noRole).toMatchObject({
      status: 401,
      body: { error: 'unauthorized', message: expect.stringMatching(/vai trò/) },
    });
    expect((await call(withClaims({ agencyId: 'so-xay-dung', role: 'superuser' }))).status).toBe(401);
    const malformed = await call(withClaims({ agencyId: 'a/../x', role: 'clerk' }));
    expect(malformed).toMatchObject({ status: 401, body: { message: expect.stringMatching(/Mã cơ quan/) } });
    const unknown = await call(request('POST', '/uploads', { agencyId: 'so-khong-co', body: upload }));
    expect(unknown).toMatchObject({
      status: 403,
      body: { error: 'unknown_agency', message: expect.stringMatching(/không có trong danh sách/) },
    });
    expect((await call(request('GET', '/documents', { agencyId: 'so-khong-co', role: 'admin' }))).status).toBe(403);
  });

  it('refuses writes for an agency past its validTo (uploads, inventory, review) and still lets it read', async () => {
    const retired = { agencyId: 'ubnd-xa-cu' };
    const uploadOut = await call(request('POST', '/uploads', { ...retired, body: upload }));
    expect(uploadOut).toMatchObject({
      status: 403,
      body: {
        error: 'agency_retired',
        message: expect.stringMatching(/UBND xã Cũ đã ngừng hoạt động từ sau ngày 30\/06\/2025/),
      },
    });
    const inventoryOut = await call(
      request('PUT', '/inventory', { ...retired, body: { asOf: '2025-06-01', totalValid: 3 } }),
    );
    expect(inventoryOut).toMatchObject({ status: 403, body: { error: 'agency_retired' } });
    // An admin acting for it is refused the same way.
    const adminOut = await call(
      request('PUT', '/inventory', {
        agencyId: 'so-tttt',
        role: 'admin',
        query: { agencyId: 'ubnd-xa-cu' },
        body: { asOf: '2025-06-01', totalValid: 3 },
      }),
    );
    expect(adminOut.body.error).toBe('agency_retired');
    expect(await stores.inventory.history('ubnd-xa-cu')).toEqual([]);
    expect((await call(request('GET', '/documents', retired))).status).toBe(200);

    // A document uploaded while the agency existed cannot be reviewed once it is retired.
    await stores.agencies.put(agencyRecord('ubnd-xa-cu-2', 'UBND xã Cũ 2'));
    const ticket = await call(request('POST', '/uploads', { agencyId: 'ubnd-xa-cu-2', body: upload }));
    expect(ticket.status).toBe(201);
    await stores.agencies.put({ ...agencyRecord('ubnd-xa-cu-2', 'UBND xã Cũ 2'), validTo: '2026-03-04' });
    const review = await call(
      request('POST', `/documents/${ticket.body.docId}/review`, {
        agencyId: 'ubnd-xa-cu-2',
        body: { decision: 'reject', reason: 'thử' },
      }),
    );
    expect(review).toMatchObject({ status: 403, body: { error: 'agency_retired' } });
  });

  it('answers an unknown route with 404 JSON', async () => {
    expect(await call(request('DELETE', '/documents'))).toMatchObject({
      status: 404,
      body: { error: 'route_not_found' },
    });
  });

  it('lets admins register, retire and import agencies and inventories, all-or-nothing, each change audited', async () => {
    const admin = { role: 'admin' as const, agencyId: 'so-xay-dung' };
    const csv = (path: string, text: string) => {
      const event = request('POST', path, admin);
      event.body = text;
      event.headers = { ...event.headers, 'content-type': 'text/csv' };
      return call(event);
    };
    const created = await call(
      request('POST', '/agencies', {
        ...admin,
        body: { id: 'ubnd-xa-thu', name: 'UBND xã Thử', level: 'commune', emails: ['xa@dienbien.gov.vn'] },
      }),
    );
    expect(created).toMatchObject({ status: 201, body: { id: 'ubnd-xa-thu', validTo: null, successorId: null } });
    expect(
      (await call(request('POST', '/agencies', { ...admin, body: { id: 'ubnd-xa-thu', name: 'x', level: 'commune' } })))
        .status,
    ).toBe(409);

    // Retire: the successor must exist and the date must be real.
    const badSuccessor = await call(
      request('PUT', '/agencies/ubnd-xa-thu', { ...admin, body: { validTo: '2025-06-30', successorId: 'khong-co' } }),
    );
    expect(badSuccessor).toMatchObject({ status: 400, body: { error: 'invalid_request' } });
    expect(badSuccessor.body.message).toContain('khong-co');
    expect(
      (await call(request('PUT', '/agencies/ubnd-xa-thu', { ...admin, body: { validTo: '2025-02-30' } }))).status,
    ).toBe(400);
    const retired = await call(
      request('PUT', '/agencies/ubnd-xa-thu', {
        ...admin,
        body: { validTo: '2025-06-30', successorId: 'so-xay-dung' },
      }),
    );
    expect(retired).toMatchObject({
      status: 200,
      body: { validTo: '2025-06-30', successorId: 'so-xay-dung', name: 'UBND xã Thử' },
    });
    expect((await call(request('PUT', '/agencies/khong-co', { ...admin, body: { name: 'x' } }))).status).toBe(404);

    // CSV import: one bad row and nothing is written; errors by line in Vietnamese.
    const header = 'id;name;level;parentId;email;validFrom;validTo;successorId\n';
    const bad = await csv(
      '/agencies/import',
      `${header}ubnd-xa-b;UBND xã B;commune;;;01/07/2025;;\nubnd-xa-c;;commune;;;31/02/2025;;\n`,
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error).toBe('invalid_csv');
    expect(bad.body.errors).toEqual(
      expect.arrayContaining([
        // `message` for the web app, `detail` in English for the CLI.
        { line: 3, column: 'name', message: 'Thiếu tên cơ quan.', detail: expect.stringMatching(/^[\x20-\x7e]+$/) },
        expect.objectContaining({ line: 3, column: 'validFrom', message: 'Ngày không có thật trên lịch.' }),
      ]),
    );
    expect(await stores.agencies.get('ubnd-xa-b')).toBeNull();
    const good = await csv('/agencies/import', `\uFEFF${header}ubnd-xa-b;UBND xã B;commune;;;01/07/2025;;\n`);
    expect(good).toMatchObject({ status: 200, body: { imported: 1, agencies: ['ubnd-xa-b'] } });
    expect(await stores.agencies.get('ubnd-xa-b')).toMatchObject({ validFrom: '2025-07-01' });
    expect(
      (await csv('/inventory/import', 'agencyId,asOf,totalValid,estimated\nkhong-co,2026-01-01,5,\n')).status,
    ).toBe(400);
    const inv = await csv('/inventory/import', 'agencyId,asOf,totalValid,estimated\nubnd-xa-b,01/01/2026,40,có\n');
    expect(inv).toMatchObject({ status: 200, body: { imported: 1 } });
    expect(await stores.inventory.latest('ubnd-xa-b', '2026-12-31')).toMatchObject({ totalValid: 40, estimated: true });

    const list = await call(request('GET', '/agencies', admin));
    expect(list.body.items.map((a: { id: string }) => a.id)).toEqual(
      expect.arrayContaining(['ubnd-xa-b', 'ubnd-xa-thu']),
    );
    for (const role of ['clerk', 'viewer'] as const) {
      expect((await call(request('GET', '/agencies', { role }))).status).toBe(403);
      expect((await call(request('GET', '/audit', { role }))).status).toBe(403);
    }

    const audit = await call(request('GET', '/audit', admin));
    expect(audit.status).toBe(200);
    const actions = audit.body.items.map((e: { action: string; target: string }) => `${e.action} ${e.target}`);
    // The test clock stands still, so entries share one instant: compare as a set.
    expect(actions).toEqual(
      expect.arrayContaining([
        'inventory.import inventory:ubnd-xa-b',
        'agency.import agency:ubnd-xa-b',
        'agency.update agency:ubnd-xa-thu',
        'agency.create agency:ubnd-xa-thu',
        'inventory.declare inventory:so-xay-dung',
      ]),
    );
    // Refused changes leave no trace: one update (the retirement), one create.
    expect(actions.filter((a: string) => a.endsWith('agency:ubnd-xa-thu'))).toHaveLength(2);
    const update = audit.body.items.find((e: { action: string }) => e.action === 'agency.update');
    expect(update).toMatchObject({
      actor: 'clerk@dienbien.gov.vn',
      before: { validTo: null },
      after: { validTo: '2025-06-30' },
    });

    expect((await call(request('GET', '/catalogue', { role: 'clerk' }))).body.items.length).toBeGreaterThan(0);
    expect((await call(request('GET', '/policy', { role: 'viewer' }))).body).toEqual(loadTargetPolicy());
  });

  it('imports agencies and inventories sent as an XLSX sheet (base64 body), errors by row in Vietnamese', async () => {
    const sheet = async (columns: readonly string[], rows: unknown[][]) => {
      const book = new ExcelJS.Workbook();
      const ws = book.addWorksheet('Sheet1');
      ws.addRow([...columns]);
      for (const row of rows) ws.addRow(row);
      return Buffer.from(await book.xlsx.writeBuffer());
    };
    const post = (path: string, bytes: Buffer) => {
      const event = request('POST', path, { role: 'admin' });
      event.body = bytes.toString('base64');
      event.isBase64Encoded = true;
      event.headers = { ...event.headers, 'content-type': XLSX_CONTENT_TYPE };
      return call(event);
    };
    const bad = await post(
      '/agencies/import',
      await sheet(AGENCY_COLUMNS, [
        ['ubnd-xa-xlsx', 'UBND xã Xlsx', 'commune', '', '', new Date('2025-07-01T00:00:00Z'), '', ''],
        ['ubnd-xa-hong', '', 'commune', '', '', '', '', ''],
      ]),
    );
    expect(bad).toMatchObject({ status: 400, body: { error: 'invalid_csv' } });
    expect(bad.body.errors).toEqual([
      { line: 3, column: 'name', message: 'Thiếu tên cơ quan.', detail: 'name is required' },
    ]);
    expect(await stores.agencies.get('ubnd-xa-xlsx')).toBeNull();
    const good = await post(
      '/agencies/import',
      await sheet(AGENCY_COLUMNS, [
        ['ubnd-xa-xlsx', 'UBND xã Xlsx', 'commune', '', '', new Date('2025-07-01T00:00:00Z'), '', ''],
      ]),
    );
    expect(good).toMatchObject({ status: 200, body: { imported: 1 } });
    expect(await stores.agencies.get('ubnd-xa-xlsx')).toMatchObject({ validFrom: '2025-07-01' });
    const inventory = await post(
      '/inventory/import',
      await sheet(INVENTORY_COLUMNS, [['ubnd-xa-xlsx', new Date('2026-01-01T00:00:00Z'), 75, false]]),
    );
    expect(inventory).toMatchObject({ status: 200, body: { imported: 1 } });
    expect(await stores.inventory.latest('ubnd-xa-xlsx', '2026-12-31')).toMatchObject({ totalValid: 75 });
    const notSheet = await post('/agencies/import', Buffer.from('id,name\n'));
    expect(notSheet.body.errors[0].message).toBe('Tệp không phải bảng tính Excel (.xlsx) đọc được.');
  });

  it('lets admins invite users of existing, active agencies, change their role and disable them, audited', async () => {
    const admin = { role: 'admin' as const };
    const created = await call(
      request('POST', '/users', {
        ...admin,
        body: { email: 'can-bo@dienbien.gov.vn', agencyId: 'so-xay-dung', role: 'clerk' },
      }),
    );
    expect(created).toMatchObject({
      status: 201,
      body: { email: 'can-bo@dienbien.gov.vn', role: 'clerk', enabled: true },
    });
    const again = await call(
      request('POST', '/users', {
        ...admin,
        body: { email: 'can-bo@dienbien.gov.vn', agencyId: 'so-xay-dung', role: 'clerk' },
      }),
    );
    expect(again.status).toBe(409);
    const unknown = await call(
      request('POST', '/users', { ...admin, body: { email: 'x@x.vn', agencyId: 'khong-co', role: 'clerk' } }),
    );
    expect(unknown).toMatchObject({ status: 400, body: { error: 'invalid_request' } });
    const badRole = await call(
      request('POST', '/users', { ...admin, body: { email: 'x@x.vn', agencyId: 'so-xay-dung', role: 'boss' } }),
    );
    expect(badRole.status).toBe(400);
    const updated = await call(
      request('PUT', `/users/${created.body.id}`, { ...admin, body: { role: 'viewer', enabled: false } }),
    );
    expect(updated).toMatchObject({ status: 200, body: { role: 'viewer', enabled: false } });
    expect((await call(request('PUT', '/users/khong-co', { ...admin, body: { enabled: false } }))).status).toBe(404);
    const list = await call(request('GET', '/users', admin));
    expect(list.body.items).toEqual([
      expect.objectContaining({ email: 'can-bo@dienbien.gov.vn', role: 'viewer', enabled: false }),
    ]);
    expect((await call(request('POST', '/users', { role: 'clerk', body: {} }))).status).toBe(403);
    const audit = await call(request('GET', '/audit', admin));
    const actions = audit.body.items.map((e: { action: string }) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['user.create', 'user.update']));
  });

  it('lets admins add and change document types (unconfirmed unless stated), audited; everyone reads the catalogue in force', async () => {
    const admin = { role: 'admin' as const };
    const type = {
      id: 'gcn-ve-sinh-thu-y',
      name: 'Giấy chứng nhận điều kiện vệ sinh thú y',
      title: 'GIẤY CHỨNG NHẬN ĐIỀU KIỆN VỆ SINH THÚ Y',
      levels: { before: ['province'], after: ['province'] },
      validity: { kind: 'fixed-term', months: 36 },
      source: 'Luật Thú y 2015; Thông tư 09/2016/TT-BNNPTNT',
    };
    expect((await call(request('POST', '/catalogue', { role: 'clerk', body: type }))).status).toBe(403);
    const bad = await call(
      request('POST', '/catalogue', { ...admin, body: { ...type, validity: { kind: 'sometimes' } } }),
    );
    expect(bad).toMatchObject({ status: 400, body: { error: 'invalid_request' } });
    expect(bad.body.message).toContain('validity');
    const bundledId = (await call(request('GET', '/catalogue', { role: 'clerk' }))).body.items[0].id;
    expect((await call(request('POST', '/catalogue', { ...admin, body: { ...type, id: bundledId } }))).status).toBe(
      409,
    );

    const created = await call(request('POST', '/catalogue', { ...admin, body: type }));
    expect(created).toMatchObject({
      status: 201,
      body: {
        ...type,
        confirmed: false,
        titlePhrases: [type.title],
        supportPhrases: [],
        numberSources: ['symbol', 'plain'],
      },
    });
    expect((await call(request('POST', '/catalogue', { ...admin, body: type }))).status).toBe(409);
    const changed = await call(
      request('PUT', '/catalogue/gcn-ve-sinh-thu-y', {
        ...admin,
        body: { confirmed: true, symbolHints: ['GCN-CNTY'] },
      }),
    );
    expect(changed).toMatchObject({
      status: 200,
      body: { confirmed: true, symbolHints: ['GCN-CNTY'], name: type.name },
    });
    expect(
      (await call(request('PUT', '/catalogue/gcn-ve-sinh-thu-y', { ...admin, body: { id: 'doi-ma' } }))).status,
    ).toBe(400);
    expect((await call(request('PUT', '/catalogue/khong-co', { ...admin, body: { name: 'x' } }))).status).toBe(404);
    const renamed = await call(request('PUT', `/catalogue/${bundledId}`, { ...admin, body: { name: 'Tên sửa' } }));
    expect(renamed.status).toBe(200);

    const list = (await call(request('GET', '/catalogue', { role: 'viewer' }))).body.items as {
      id: string;
      name: string;
      origin: string;
    }[];
    expect(list.find((t) => t.id === 'gcn-ve-sinh-thu-y')).toMatchObject({ origin: 'added', confirmed: true });
    expect(list[0]).toMatchObject({ id: bundledId, name: 'Tên sửa', origin: 'changed' });
    expect(list.filter((t) => t.origin === 'bundled').length).toBe(list.length - 2);

    const audit = (await call(request('GET', '/audit', admin))).body.items as { action: string; target: string }[];
    expect(audit.map((e) => `${e.action} ${e.target}`)).toEqual(
      expect.arrayContaining([
        'catalogue.create catalogue:gcn-ve-sinh-thu-y',
        'catalogue.update catalogue:gcn-ve-sinh-thu-y',
        `catalogue.update catalogue:${bundledId}`,
      ]),
    );
    expect(audit.filter((e) => e.target === 'catalogue:gcn-ve-sinh-thu-y')).toHaveLength(2);
  });

  it('reclassifies and reconciles in bounded passes resumed with `after`, for admins, with the CLI report shape', async () => {
    const all: string[] = [];
    for await (const { doc } of stores.documents.scan()) all.push(doc.docId);
    expect(all.length).toBeGreaterThan(1);
    const admin = { role: 'admin' as const, agencyId: 'so-tttt' };

    const passes: { scanned: number; next: string | null }[] = [];
    let after: string | undefined;
    do {
      const { status, body } = await call(request('POST', '/reclassify', { ...admin, body: { limit: 1, after } }));
      expect(status).toBe(200);
      passes.push(body);
      after = body.next ?? undefined;
    } while (after);
    // One document per pass; the pass that reads the last one ends the scan.
    expect(passes.map((p) => p.scanned)).toEqual(all.map(() => 1));
    expect(passes[0]).toMatchObject({ changed: 0, errors: [], skipped: expect.any(Object) });

    // Drift in the counting index (an accepted document without its entry) is found, repaired, then gone.
    const counted = [];
    for await (const { doc, indexed } of stores.documents.scan()) if (indexed) counted.push(doc.docId);
    const docId = counted[0] ?? '';
    await stores.documents.repairCounting(docId, null);
    const found = await call(request('POST', '/reconcile', { ...admin, body: {} }));
    expect(found.body).toMatchObject({ scanned: all.length, fixed: false, next: null });
    expect(found.body.drift).toEqual([expect.objectContaining({ docId, indexed: null })]);
    expect((await call(request('POST', '/reconcile', { ...admin, body: { fix: true } }))).body.fixed).toBe(true);
    expect((await call(request('POST', '/reconcile', { ...admin, body: {} }))).body.drift).toEqual([]);

    const bad = await call(request('POST', '/reconcile', { ...admin, body: { limit: 0, fix: 'yes' } }));
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/Yêu cầu không hợp lệ/);
    expect((await call(request('POST', '/reclassify', { body: {} }))).status).toBe(403);
  });

  it('holds a clerk’s override of the pipeline for an admin, who confirms it; the report counts it apart', async () => {
    // A page the pipeline judged not a result, then a clerk says it is a building permit.
    const { body: ticket } = await call(request('POST', '/uploads', { body: { ...upload, sha256: 'c'.repeat(64) } }));
    const doc = await stores.documents.get(ticket.docId);
    await stores.documents.save(
      {
        ...doc!,
        status: 'not_a_result',
        kind: 'not_a_result',
        reason: 'not_a_result',
        digitizedAt: '2026-03-05T01:00:00.000Z',
      },
      doc!.version,
    );
    const fields = {
      docType: 'giay-phep-xay-dung-nha-o',
      docNumber: '31/GPXD',
      issueDate: '2026-01-15',
      issuer: 'UBND HUYỆN TUẦN GIÁO',
      level: 'district',
    };
    const path = `/documents/${ticket.docId}/review`;
    const noReason = await call(request('POST', path, { body: { decision: 'accept', fields } }));
    expect(noReason).toMatchObject({ status: 400, body: { error: 'override_reason_required' } });
    const asked = await call(
      request('POST', path, { body: { decision: 'accept', fields, reason: 'Bản chụp thiếu trang đầu; có bản gốc.' } }),
    );
    expect(asked).toMatchObject({
      status: 200,
      body: { status: 'pending_confirmation', override: { state: 'pending' } },
    });

    // Only admins see the queue and decide.
    expect((await call(request('GET', '/overrides'))).status).toBe(403);
    const decidePath = `/documents/${ticket.docId}/override`;
    expect((await call(request('POST', decidePath, { body: { decision: 'confirm' } }))).status).toBe(403);
    const queue = await call(request('GET', '/overrides', { agencyId: 'so-tttt', role: 'admin' }));
    expect(queue.body.items).toEqual([
      expect.objectContaining({
        docId: ticket.docId,
        agencyName: 'Sở Xây dựng',
        override: expect.objectContaining({ reason: 'Bản chụp thiếu trang đầu; có bản gốc.' }),
      }),
    ]);
    const confirmed = await call(
      request('POST', decidePath, { agencyId: 'so-tttt', role: 'admin', body: { decision: 'confirm' } }),
    );
    expect(confirmed).toMatchObject({
      status: 200,
      body: { status: 'classified', docNumber: '31/GPXD', override: { state: 'confirmed' } },
    });
    const again = await call(
      request('POST', decidePath, { agencyId: 'so-tttt', role: 'admin', body: { decision: 'confirm' } }),
    );
    expect(again.status).toBe(409);
    const audit = await call(request('GET', '/audit', { agencyId: 'so-tttt', role: 'admin' }));
    const actions = audit.body.items
      .filter((e: { target: string }) => e.target === `document:${ticket.docId}`)
      .map((e: { action: string }) => e.action);
    expect(actions.sort()).toEqual(['document.override.confirm', 'document.override.request']);

    const report = await call(request('GET', '/report', { role: 'viewer', query: { year: '2026' } }));
    const row = report.body.agencies.find((a: { id: string }) => a.id === 'so-xay-dung');
    expect(row.pending).toMatchObject({ overridden: 1, awaitingConfirmation: 0 });
    expect(report.body.pending.overridden).toBe(1);
  });

  it('answers GET /me with the caller’s role and the name of their agency', async () => {
    const me = await call(request('GET', '/me', { role: 'viewer', agencyId: 'so-tu-phap' }));
    expect(me).toEqual({
      status: 200,
      body: {
        subject: 'clerk@dienbien.gov.vn',
        role: 'viewer',
        agencyId: 'so-tu-phap',
        agencyName: 'Sở Tư pháp',
        agencyLevel: 'province',
      },
    });
  });

  it('answers GET /report/xlsx with the e-mailed workbook, for leaders only', async () => {
    expect((await call(request('GET', '/report/xlsx', { query: { year: '2026' } }))).status).toBe(403);
    const raw = await callRaw(request('GET', '/report/xlsx', { role: 'viewer', query: { year: '2026' } }));
    expect(raw.statusCode).toBe(200);
    expect(raw.isBase64Encoded).toBe(true);
    expect(raw.headers?.['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(raw.headers?.['content-disposition']).toBe('attachment; filename="bao-cao-so-hoa-2026-nam-2026-03-05.xlsx"');
    const bytes = Buffer.from(raw.body ?? '', 'base64');
    // A zip (the XLSX container) whose workbook names the report's sheets.
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toContain('Tổng hợp');
    expect((await call(request('GET', '/report/xlsx', { role: 'viewer', query: { year: 'x' } }))).status).toBe(400);
  });

  it('serves in each Lambda function only the routes whose `fn` names it; api reads no workbook', async () => {
    const { renderer: _renderer, readWorkbook: _readWorkbook, ...withoutExcel } = deps;
    const lambda = {
      api: makeApiHandler({ ...withoutExcel, serves: 'api' }),
      sheets: makeApiHandler({ ...deps, serves: 'sheets' }),
    };
    const admin = (method: string, path: string) => request(method, path, { role: 'admin', query: { year: '2026' } });
    // A caller whose agency does not exist is refused once the route matched: no route runs here.
    const stranger = (method: string, path: string) => request(method, path, { agencyId: 'khong-ton-tai' });
    for (const route of ROUTES) {
      const path = route.path.replace(/\{\w+\}/g, 'so-tu-phap');
      for (const fn of ['api', 'sheets'] as const) {
        const result = await lambda[fn](stranger(route.method, path), lambdaContext);
        const notFound = result.statusCode === 404 && String(result.body).includes('route_not_found');
        expect(notFound, `${fn} ${route.method} ${path}`).toBe(functionOf(route) !== fn);
      }
    }
    const report = await lambda.sheets(admin('GET', '/report/xlsx'), lambdaContext);
    expect(report.statusCode).toBe(200);
    expect(report.isBase64Encoded).toBe(true);
  });

  it('describes exactly the route table at /openapi.json (OpenAPI 3.1, bodies from the zod schemas)', async () => {
    const { status, body } = await call(request('GET', '/openapi.json', { role: 'viewer' }));
    expect(status).toBe(200);
    expect(body.openapi).toBe('3.1.0');
    const listed = Object.entries(body.paths as Record<string, Record<string, unknown>>).flatMap(([path, ops]) =>
      Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(listed.sort()).toEqual(ROUTES.map((r) => `${r.method} ${r.path}`).sort());
    const createUser = body.paths['/users'].post.requestBody.content['application/json'].schema;
    expect(createUser.required).toEqual(expect.arrayContaining(['email', 'agencyId', 'role']));
    expect(Object.keys(body.paths['/agencies/import'].post.requestBody.content)).toEqual([
      'text/csv',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ]);
  });
});

describe.skipIf(!fixturesAvailable)('malformed input answers 400 with a Vietnamese message, never 500', () => {
  const VIETNAMESE = /[ạảãáàâấầẩẫậăắằẳẵặêếềểễệôốồổỗộơớờởỡợưứừửữựđ]/i;
  const admin = { role: 'admin' as const, agencyId: 'so-tttt' };
  async function refused(event: APIGatewayProxyEventV2WithJWTAuthorizer, code: string) {
    const out = await call(event);
    expect({ status: out.status, error: out.body.error }).toEqual({ status: 400, error: code });
    expect(out.body.message).toMatch(VIETNAMESE);
  }
  /** A real next-page cursor of so-tu-phap's document list (two uploads, one per page). */
  async function cursorOfSoTuPhap(): Promise<string> {
    for (let i = 0; i < 2; i++) await call(request('POST', '/uploads', { agencyId: 'so-tu-phap', body: upload }));
    const page = await call(request('GET', '/documents', { agencyId: 'so-tu-phap', query: { limit: '1' } }));
    expect(page.body.cursor).toEqual(expect.any(String));
    return page.body.cursor;
  }
  const rewrite = (cursor: string, change: (key: Record<string, string>) => Record<string, unknown>) =>
    Buffer.from(
      JSON.stringify(change(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Record<string, string>)),
    ).toString('base64url');

  it('follows its own cursor to the next page', async () => {
    const cursor = await cursorOfSoTuPhap();
    const next = await call(request('GET', '/documents', { agencyId: 'so-tu-phap', query: { limit: '1', cursor } }));
    expect(next.status).toBe(200);
    expect(next.body.items).toHaveLength(1);
  });

  it('refuses a cursor that is not base64 JSON', async () => {
    await refused(request('GET', '/documents', { query: { cursor: '%%%not-a-cursor' } }), 'invalid_cursor');
  });

  it('refuses a cursor of another agency (bound to the partition it came from)', async () => {
    const cursor = await cursorOfSoTuPhap();
    await refused(request('GET', '/documents', { agencyId: 'so-xay-dung', query: { cursor } }), 'invalid_cursor');
    // Nor can an admin replay it against another agency's listing.
    await refused(
      request('GET', '/documents', { ...admin, query: { agencyId: 'so-xay-dung', cursor } }),
      'invalid_cursor',
    );
  });

  it('refuses a forged cursor naming another partition or extra attributes', async () => {
    const cursor = await cursorOfSoTuPhap();
    const forged = rewrite(cursor, (key) => ({ ...key, gsi1pk: 'DOCS#so-xay-dung' }));
    await refused(
      request('GET', '/documents', { agencyId: 'so-tu-phap', query: { cursor: forged } }),
      'invalid_cursor',
    );
    const extra = rewrite(cursor, (key) => ({ ...key, pk: { S: 'x' } }));
    await refused(request('GET', '/documents', { agencyId: 'so-tu-phap', query: { cursor: extra } }), 'invalid_cursor');
  });

  it('refuses a cursor of another status filter', async () => {
    const cursor = await cursorOfSoTuPhap();
    await refused(
      request('GET', '/documents', { agencyId: 'so-tu-phap', query: { status: 'classified', cursor } }),
      'invalid_cursor',
    );
  });

  it('refuses a forged audit-log cursor', async () => {
    const forged = Buffer.from(JSON.stringify({ pk: 'AGENCY#so-tu-phap', sk: 'AGENCY' })).toString('base64url');
    await refused(request('GET', '/audit', { ...admin, query: { cursor: forged } }), 'invalid_cursor');
  });

  it('refuses malformed percent-encoding in a path', async () => {
    await refused(request('GET', '/documents/%E0%A4%A'), 'invalid_path');
  });

  it('refuses a 2 KB document id', async () => {
    await refused(request('GET', `/documents/${'a'.repeat(2048)}`), 'invalid_id');
  });

  it('refuses a 2 KB agency id in the path and in ?agencyId=', async () => {
    await refused(request('PUT', `/agencies/${'a'.repeat(2048)}`, { ...admin, body: { name: 'X' } }), 'invalid_id');
    await refused(request('GET', '/documents', { ...admin, query: { agencyId: 'a'.repeat(2048) } }), 'invalid_id');
  });

  it('refuses a user id with spaces or control characters', async () => {
    await refused(request('PUT', '/users/a%20b%0A', { ...admin, body: { enabled: false } }), 'invalid_id');
  });

  it('refuses a path id that is not a safe id (a/../x)', async () => {
    await refused(request('GET', '/agencies/a%2F..%2Fx/inventory', admin), 'invalid_id');
  });

  it('refuses totalValid: 1e308', async () => {
    await refused(request('PUT', '/inventory', { body: { asOf: '2026-01-01', totalValid: 1e308 } }), 'invalid_request');
  });

  it('refuses ?year=1e308', async () => {
    await refused(request('GET', '/progress', { query: { year: '1e308' } }), 'invalid_request');
  });

  it('refuses an upload size of 1e308', async () => {
    await refused(request('POST', '/uploads', { body: { ...upload, size: 1e308 } }), 'file_too_large');
  });

  it('refuses ?limit=1e308 on the audit log', async () => {
    await refused(request('GET', '/audit', { ...admin, query: { limit: '1e308' } }), 'invalid_request');
  });

  it('refuses an impossible report date (?asOf=2026-02-30)', async () => {
    await refused(request('GET', '/report', { ...admin, query: { asOf: '2026-02-30' } }), 'invalid_request');
  });

  it('refuses an inventory declared on 2026-02-30', async () => {
    await refused(request('PUT', '/inventory', { body: { asOf: '2026-02-30', totalValid: 5 } }), 'invalid_request');
  });

  it('refuses an inventory declared on 9999-12-31', async () => {
    await refused(request('PUT', '/inventory', { body: { asOf: '9999-12-31', totalValid: 5 } }), 'invalid_date');
  });

  it('refuses an inventory declared for tomorrow (Vietnam time)', async () => {
    // The clock is 2026-03-05 09:00 in Vietnam: today is accepted, tomorrow is not.
    expect((await call(request('PUT', '/inventory', { body: { asOf: '2026-03-05', totalValid: 5 } }))).status).toBe(
      200,
    );
    await refused(request('PUT', '/inventory', { body: { asOf: '2026-03-06', totalValid: 5 } }), 'invalid_date');
  });

  it('refuses an imported declaration dated after the agency ended, by line; one before it is taken', async () => {
    const csv = (text: string) => {
      const event = request('POST', '/inventory/import', admin);
      event.body = `agencyId,asOf,totalValid,estimated\n${text}`;
      event.headers = { ...event.headers, 'content-type': 'text/csv' };
      return call(event);
    };
    const after = await csv('ubnd-xa-cu,2025-12-31,9,\nso-tu-phap,2026-03-07,4,\n');
    expect(after.status).toBe(400);
    expect(after.body.errors).toEqual([
      {
        line: 2,
        column: 'asOf',
        message: expect.stringMatching(/sau ngày cơ quan ngừng hoạt động \(30\/06\/2025\)/),
        detail: expect.stringMatching(/after agency ubnd-xa-cu ended/),
      },
      { line: 3, column: 'asOf', message: expect.stringMatching(/ở tương lai/), detail: expect.any(String) },
    ]);
    expect(await csv('ubnd-xa-cu,2025-06-30,9,\n')).toMatchObject({ status: 200, body: { imported: 1 } });
  });
});

describe.skipIf(!fixturesAvailable)('per-agency upload limits (fairness)', () => {
  const quotaClock = fixedClock('2026-03-05T02:00:00.000Z');
  let limited: ApiHandlerFn;
  beforeAll(async () => {
    for (const id of ['ubnd-xa-han-a', 'ubnd-xa-han-b', 'ubnd-xa-han-c', 'ubnd-xa-han-d']) {
      await stores.agencies.put(agencyRecord(id, `UBND xã ${id}`));
    }
    limited = makeApiHandler(
      apiDepsOnTable(table, {
        stores,
        objects: texts,
        clock: quotaClock,
        limits: {
          maxUploadBytes: 50 * 1024 * 1024,
          uploadUrlTtlSeconds: 900,
          maxUploadsInFlight: 2,
          maxUploadBytesPerDay: 3 * upload.size,
        },
        newId: () => `quota-${++ids}`,
      }),
    );
  });
  const send = async (agencyId: string, body: unknown = upload) => {
    const result = await limited(request('POST', '/uploads', { agencyId, body }), lambdaContext);
    return { status: result.statusCode, body: JSON.parse(result.body ?? 'null') };
  };

  it('refuses (429, in Vietnamese) an agency over its uploads in flight, not the others; a URL past its lifetime no longer counts', async () => {
    quotaClock.set('2026-03-05T02:00:00.000Z');
    const small = { ...upload, size: 1 };
    expect((await send('ubnd-xa-han-a', small)).status).toBe(201);
    expect((await send('ubnd-xa-han-a', small)).status).toBe(201);
    const third = await send('ubnd-xa-han-a', small);
    expect({ status: third.status, error: third.body.error }).toEqual({
      status: 429,
      error: 'too_many_uploads_in_flight',
    });
    expect(third.body.message).toMatch(/tệp chờ tải lên hoặc chờ xử lý/);
    expect((await send('ubnd-xa-han-b', small)).status).toBe(201);
    // 15 minutes and a second later the first two URLs are dead: they are no longer in flight.
    quotaClock.set('2026-03-05T02:15:01.000Z');
    expect((await send('ubnd-xa-han-a', small)).status).toBe(201);
  });

  it('refuses (429, in Vietnamese) an agency over its bytes for the Vietnam day; the next day it may send again', async () => {
    // 23:50 in Vietnam; each upload lands 16 minutes apart so the in-flight limit stays out of the way.
    const at = (iso: string) => quotaClock.set(iso);
    at('2026-03-05T16:00:00.000Z');
    expect((await send('ubnd-xa-han-c')).status).toBe(201);
    at('2026-03-05T16:16:00.000Z');
    expect((await send('ubnd-xa-han-c')).status).toBe(201);
    at('2026-03-05T16:32:00.000Z');
    expect((await send('ubnd-xa-han-c')).status).toBe(201);
    at('2026-03-05T16:48:00.000Z');
    const over = await send('ubnd-xa-han-c');
    expect({ status: over.status, error: over.body.error }).toEqual({ status: 429, error: 'daily_upload_limit' });
    expect(over.body.message).toMatch(/dung lượng tải lên trong ngày/);
    // 17:00 UTC is midnight in Vietnam: a new day's budget.
    at('2026-03-05T17:04:00.000Z');
    expect((await send('ubnd-xa-han-c')).status).toBe(201);
  });

  it('never grants more bytes than the day allows to parallel requests (one conditional ADD)', async () => {
    const granted = await Promise.all(
      Array.from({ length: 6 }, () => stores.quota.reserveDailyBytes('ubnd-xa-han-d', '2026-03-07', 100, 300)),
    );
    expect(granted.filter(Boolean)).toHaveLength(3);
    expect(await stores.quota.reserveDailyBytes('ubnd-xa-han-d', '2026-03-07', 1, 300)).toBe(false);
    expect(await stores.quota.reserveDailyBytes('ubnd-xa-han-d', '2026-03-08', 300, 300)).toBe(true);
  });
});
