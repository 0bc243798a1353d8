import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { APIGatewayProxyEventV2WithJWTAuthorizer } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalApiServer, startApiServer } from '#local/api-server.ts';
import {
  LOCAL_AUDIENCE,
  loadOrCreateSigningKey,
  localTokenIssuer,
  makeTokenVerifier,
  signLocalToken,
} from '#local/tokens.ts';
import { parseCsv, validateAgenciesCsv } from '#shared/use-cases/csv-import.ts';

let dataDir: string;
let server: LocalApiServer;
const events: APIGatewayProxyEventV2WithJWTAuthorizer[] = [];

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'sohoa-api-'));
  server = await startApiServer({
    verifyToken: makeTokenVerifier({
      issuers: [localTokenIssuer(await loadOrCreateSigningKey(dataDir))],
      audience: LOCAL_AUDIENCE,
    }),
    port: 0,
    handler: async (event) => {
      events.push(event);
      return { statusCode: 207, headers: { 'X-Echo': event.routeKey }, body: JSON.stringify({ ok: true }) };
    },
  });
});

afterAll(async () => {
  await server.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('local API Gateway (HTTP API v2 + JWT authorizer)', () => {
  it('builds the v2 event with the route, path parameters, query and the claims where the authorizer puts them', async () => {
    const token = await signLocalToken({ agencyId: 'so-y-te', role: 'admin' }, { dataDir });
    const response = await fetch(`${server.url}/documents/abc%20d/review?agencyId=x&agencyId=y`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', 'X-Custom': 'A' },
      body: JSON.stringify({ decision: 'accept' }),
    });
    expect(response.status).toBe(207);
    expect(response.headers.get('x-echo')).toBe('POST /documents/{docId}/review');
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    const event = events.at(-1)!;
    expect(event).toMatchObject({
      version: '2.0',
      routeKey: 'POST /documents/{docId}/review',
      rawPath: '/documents/abc%20d/review',
      rawQueryString: 'agencyId=x&agencyId=y',
      queryStringParameters: { agencyId: 'x,y' },
      pathParameters: { docId: 'abc d' },
      body: '{"decision":"accept"}',
      isBase64Encoded: false,
      requestContext: {
        http: { method: 'POST', path: '/documents/abc%20d/review' },
        routeKey: 'POST /documents/{docId}/review',
        stage: '$default',
        authorizer: { jwt: { claims: { agencyId: 'so-y-te', role: 'admin' }, scopes: ['sohoa/admin'] } },
      },
    });
    expect(event.headers['x-custom']).toBe('A');
    expect(event.headers.authorization).toBe(`Bearer ${token}`);
    // The authorizer hands claims over as strings.
    expect(typeof event.requestContext.authorizer.jwt.claims.exp).toBe('string');
  });

  it('base64-encodes a binary body', async () => {
    const token = await signLocalToken({ agencyId: 'a' }, { dataDir });
    await fetch(`${server.url}/inventory`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/octet-stream' },
      body: new Uint8Array([0, 255, 1]),
    });
    const event = events.at(-1)!;
    expect(event.isBase64Encoded).toBe(true);
    expect(Buffer.from(event.body!, 'base64')).toEqual(Buffer.from([0, 255, 1]));
  });

  it('answers 401 in Vietnamese without calling the function, 404 for unknown routes, 204 to preflight', async () => {
    const before = events.length;
    const missing = await fetch(`${server.url}/documents`);
    expect(missing.status).toBe(401);
    expect(await missing.json()).toEqual({ error: 'unauthorized', message: expect.stringContaining('mã xác thực') });
    const otherKey = await mkdtemp(join(tmpdir(), 'sohoa-key-'));
    const foreign = await signLocalToken({ agencyId: 'a' }, { dataDir: otherKey });
    await rm(otherKey, { recursive: true, force: true });
    const forged = await fetch(`${server.url}/documents`, { headers: { authorization: `Bearer ${foreign}` } });
    expect(forged.status).toBe(401);
    const expired = await signLocalToken({ agencyId: 'a' }, { dataDir, expiresIn: '-1m' });
    const late = await fetch(`${server.url}/documents`, { headers: { authorization: `Bearer ${expired}` } });
    expect(late.status).toBe(401);
    expect((await late.json()).message).toMatch(/hết hạn/);
    await expect(signLocalToken({ agencyId: 'a/../x' }, { dataDir })).rejects.toThrow(/agency id/);
    expect((await fetch(`${server.url}/nowhere`)).status).toBe(404);
    expect((await fetch(`${server.url}/uploads`, { method: 'OPTIONS' })).status).toBe(204);
    expect(events.length).toBe(before);
  });

  it('answers malformed percent-encoding in a path with 400 in Vietnamese, without calling the function', async () => {
    const before = events.length;
    const token = await signLocalToken({ agencyId: 'so-y-te', role: 'clerk' }, { dataDir });
    const response = await fetch(`${server.url}/documents/%E0%A4%A`, { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: 'invalid_path', message: expect.stringContaining('không hợp lệ') });
    expect(events.length).toBe(before);
  });
});

describe('CSV imports', () => {
  it('parses quotes, escaped quotes, commas and newlines in fields, CRLF and a BOM, keeping line numbers', () => {
    const rows = parseCsv('\uFEFFa,b\r\n"x, ""y""","line1\nline2"\r\n\r\nlast,1\n');
    expect(rows).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['x, "y"', 'line1\nline2'] },
      { line: 5, cells: ['last', '1'] },
    ]);
  });

  it('reads several e-mails separated by ";" and empty optional cells as null', () => {
    const { rows, errors } = validateAgenciesCsv(
      'id,name,level,parentId,email,validFrom,validTo,successorId\n' +
        'ubnd-huyen-a,UBND huyện A,District,,a@x.vn; b@x.vn ,,2025-06-30,ubnd-tinh\n',
      new Set(['ubnd-tinh']),
    );
    expect(errors).toEqual([]);
    expect(rows).toEqual([
      {
        id: 'ubnd-huyen-a',
        name: 'UBND huyện A',
        level: 'district',
        parentId: null,
        emails: ['a@x.vn', 'b@x.vn'],
        validFrom: null,
        validTo: '2025-06-30',
        successorId: 'ubnd-tinh',
      },
    ]);
  });

  it('reports a missing column and duplicate ids by line', () => {
    expect(validateAgenciesCsv('id,name\nx,y\n').errors[0]).toMatchObject({
      line: 1,
      message: expect.stringMatching(/missing column/),
    });
    const dup = validateAgenciesCsv(
      'id,name,level,parentId,email,validFrom,validTo,successorId\na,A,province,,,,,\na,A2,province,,,,,\n',
    );
    expect(dup.errors).toEqual([
      {
        line: 3,
        column: 'id',
        message: 'duplicate id (already on line 2)',
        messageVi: 'Mã cơ quan bị trùng (đã có ở dòng 2).',
      },
    ]);
  });

  it('reads what offices have: ";" separators from Excel, a BOM, dd/mm/yyyy dates; bad dates by line in Vietnamese', () => {
    const { rows, errors } = validateAgenciesCsv(
      '\uFEFFid;name;level;parentId;email;validFrom;validTo;successorId\r\n' +
        'ubnd-xa-a;UBND xã A;commune;;"a@x.vn, b@x.vn";01/07/2025;;\r\n',
    );
    expect(errors).toEqual([]);
    expect(rows[0]).toMatchObject({
      id: 'ubnd-xa-a',
      name: 'UBND xã A',
      emails: ['a@x.vn', 'b@x.vn'],
      validFrom: '2025-07-01',
    });
    const bad = validateAgenciesCsv(
      'id;name;level;parentId;email;validFrom;validTo;successorId\nx;X;province;;;31/02/2025;;\n',
    );
    expect(bad.errors[0]).toMatchObject({ line: 2, column: 'validFrom', messageVi: 'Ngày không có thật trên lịch.' });
    expect(validateAgenciesCsv('id,name\n"x,y\n').errors[0]?.messageVi).toMatch(/CSV/);
  });
});
