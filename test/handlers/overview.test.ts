import type { APIGatewayProxyEventV2WithJWTAuthorizer } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHandlerFn, makeApiHandler } from '#functions/api/handler.ts';
import { makeDynamoStores } from '#shared/adapters/dynamodb/stores.ts';
import type { Agency, DocumentStatus } from '#shared/domain/types.ts';
import type { AllStores } from '#shared/ports.ts';
import { emptyClassification } from '#shared/use-cases/classification-outcome.ts';
import { startTestTable, type TestTable } from '#test/adapters/dynamodb/dynalite-table.ts';
import { fixedClock } from '#test/unit/pipeline/fakes.ts';
import { apiDepsOnTable } from './api-deps.ts';
import { fixturesAvailable, lambdaContext, readFixture, SKIP_REASON } from './fixtures.ts';

if (!fixturesAvailable) console.warn(`skipping overview tests: ${SKIP_REASON}`);

const clock = fixedClock('2026-03-05T02:00:00.000Z');
let table: TestTable;
let stores: AllStores;
let api: ApiHandlerFn;

function agencyRecord(id: string, name: string): Agency {
  return { id, name, level: 'commune', parentId: null, emails: [], validFrom: null, validTo: null, successorId: null };
}

beforeAll(async () => {
  table = await startTestTable();
  stores = makeDynamoStores(table);
  api = makeApiHandler(
    apiDepsOnTable(table, { stores, clock, limits: { maxUploadBytes: 1024, uploadUrlTtlSeconds: 900 } }),
  );
  await stores.agencies.put(agencyRecord('so-tttt', 'Sở Thông tin và Truyền thông'));
  await stores.agencies.put(agencyRecord('ubnd-xa-tong-quan', 'UBND xã Tổng Quan'));
  await stores.agencies.put({
    ...agencyRecord('ubnd-xa-cu', 'UBND xã Cũ'),
    validTo: '2025-06-30',
    successorId: 'so-tttt',
  });
});
afterAll(async () => {
  await table?.close();
});

function request(
  role: 'clerk' | 'viewer' | 'admin',
  query?: Record<string, string>,
): APIGatewayProxyEventV2WithJWTAuthorizer {
  const event = structuredClone(
    readFixture<Record<string, unknown>>('events/apigw-http-v2.json'),
  ) as unknown as APIGatewayProxyEventV2WithJWTAuthorizer;
  event.rawPath = '/overview';
  event.routeKey = 'GET /overview';
  event.requestContext.http.method = 'GET';
  event.requestContext.http.path = '/overview';
  event.queryStringParameters = query;
  event.body = undefined;
  event.requestContext.authorizer = {
    principalId: '',
    integrationLatency: 0,
    jwt: { claims: { sub: 'u', email: 'quantri@dienbien.gov.vn', agencyId: 'so-tttt', role }, scopes: [] },
  };
  return event;
}

async function call(event: APIGatewayProxyEventV2WithJWTAuthorizer) {
  const result = await api(event, lambdaContext);
  return { status: result.statusCode, body: JSON.parse(result.body ?? 'null') };
}

describe.skipIf(!fixturesAvailable)('GET /overview', () => {
  it('shows admins the province by agency and status, the stuck documents oldest first and what waits for a person', async () => {
    const at = (minutesAgo: number) => new Date(clock.now().getTime() - minutesAgo * 60_000).toISOString();
    const put = (docId: string, status: DocumentStatus, minutesAgo: number) =>
      stores.documents.create(
        {
          ...emptyClassification(),
          docId,
          agencyId: 'ubnd-xa-tong-quan',
          uploadId: `u-${docId}`,
          status,
          reason: null,
          messageVi: null,
          duplicateOf: null,
          sha256: docId.padEnd(64, '0'),
          size: 1,
          contentType: 'application/pdf',
          fileName: `${docId}.pdf`,
          objectKey: `incoming/ubnd-xa-tong-quan/u-${docId}/${docId}.pdf`,
          extractedKey: null,
          textractJobId: null,
          uploadedBy: null,
          createdAt: at(minutesAgo),
          digitizedAt: at(minutesAgo),
          updatedAt: at(minutesAgo),
          reviewedBy: null,
          reviewedAt: null,
          version: 1,
        },
        { expiresAt: '2026-12-01T00:00:00.000Z' },
      );
    await put('tq-ket-lau', 'extracting', 180);
    await put('tq-moi', 'extracting', 10);
    await put('tq-bo-do', 'uploading', 2 * 24 * 60);
    await put('tq-duyet-1', 'needs_review', 300);
    await put('tq-duyet-2', 'needs_review', 5);
    await put('tq-xac-nhan', 'pending_confirmation', 60);
    await put('tq-xong', 'classified', 500);

    expect((await call(request('viewer'))).status).toBe(403);
    const { status, body } = await call(request('admin'));
    expect(status).toBe(200);
    const row = body.agencies.find((a: { agencyId: string }) => a.agencyId === 'ubnd-xa-tong-quan');
    expect(row).toMatchObject({
      name: 'UBND xã Tổng Quan',
      retired: false,
      total: 7,
      stuck: 2,
      waiting: 3,
      counts: { extracting: 2, uploading: 1, needs_review: 2, pending_confirmation: 1, classified: 1, rejected: 0 },
    });
    expect(
      body.stuck.map((d: { docId: string; status: string; ageMinutes: number }) => [d.docId, d.status, d.ageMinutes]),
    ).toEqual([
      ['tq-bo-do', 'uploading', 2880],
      ['tq-ket-lau', 'extracting', 180],
    ]);
    expect(body.stuckAfterMinutes).toBe(60);
    expect(body.totals).toMatchObject({ total: 7, stuck: 2, waiting: 3, extracting: 2 });
    expect(body.agencies.find((a: { agencyId: string }) => a.agencyId === 'ubnd-xa-cu')).toMatchObject({
      retired: true,
    });

    const stricter = await call(request('admin', { stuckAfterMinutes: '5' }));
    expect(stricter.body.agencies.find((a: { agencyId: string }) => a.agencyId === 'ubnd-xa-tong-quan').stuck).toBe(3);
    const bad = await call(request('admin', { stuckAfterMinutes: 'mot-gio' }));
    expect(bad).toMatchObject({ status: 400, body: { error: 'invalid_request' } });
  });
});
