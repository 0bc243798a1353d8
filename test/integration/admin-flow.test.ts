/**
 * Issue 10's administration flow, locally and only through HTTP, as a province runs it: the admin signs in
 * through the OIDC provider (code + PKCE), imports the agencies and their inventories (CSV), invites a clerk;
 * the clerk signs in the same way and uploads through the presigned URL; the report lists the agency with this
 * year's target. Users of a retired agency, or of an agency nobody registered, are refused in Vietnamese.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeDocument } from '#demo/samples/compose.ts';
import { renderPdf } from '#demo/samples/render.ts';
import { type LocalStack, openLocalStack } from '#local/composition.ts';
import { CLI_CLIENT_ID } from '#local/oidc-provider.ts';
import { signLocalToken } from '#local/tokens.ts';
import { localWebAppConfig } from '#local/web-static.ts';
import { makeDynamoUserDirectory } from '#shared/adapters/dynamodb/stores.ts';
import { loadTargetPolicy, targetFor } from '#shared/domain/targets.ts';
import { vnDateOf } from '#shared/domain/vn-time.ts';
import { signInWithCodeFlow } from '#test/support/oidc-login.ts';

let dataDir: string;
let stack: LocalStack;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'sohoa-admin-flow-'));
  stack = await openLocalStack({ dataDir, port: 0, logLevel: 'ERROR', extractConcurrency: 1, reconcile: false });
  // The one agency that must exist before anyone can sign in: the province's own (the admin's agency).
  await stack.deps.stores.agencies.put({
    id: 'ubnd-tinh',
    name: 'UBND tỉnh Điện Biên',
    level: 'province',
    parentId: null,
    emails: [],
    validFrom: null,
    validTo: null,
    successorId: null,
  });
}, 60_000);

afterAll(async () => {
  await stack?.close();
  await rm(dataDir, { recursive: true, force: true });
});

/** Sign-in as a browser does it (web app client), or as `sohoa login` does (CLI client, loopback). */
async function signIn(login: string, client: 'web' | 'cli' = 'web') {
  const web = localWebAppConfig(stack.config);
  return signInWithCodeFlow({
    issuer: stack.config.oidcIssuer ?? '',
    ...(client === 'web'
      ? { clientId: web.clientId, redirectUri: web.redirectUri }
      : { clientId: CLI_CLIENT_ID, redirectUri: 'http://127.0.0.1:53682/callback' }),
    login,
  });
}

async function api(
  token: string,
  method: string,
  path: string,
  body?: { json: unknown } | { csv: string },
): Promise<{ status: number; body: Record<string, unknown> & { message?: string } }> {
  const response = await fetch(`${stack.config.apiUrl}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body ? { 'content-type': 'json' in body ? 'application/json' : 'text/csv' } : {}),
    },
    body: body ? ('json' in body ? JSON.stringify(body.json) : body.csv) : undefined,
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('the administration flow through HTTP (issue 10, done when)', () => {
  it('admin imports agencies and inventories and invites a clerk, who signs in, uploads, and is counted', async () => {
    const today = vnDateOf(new Date());
    const year = Number(today.slice(0, 4));
    const admin = await signIn('quantri');
    const adminToken = admin.tokens?.access_token ?? '';
    expect(decodeJwt(adminToken)).toMatchObject({ role: 'admin', agencyId: 'ubnd-tinh' });

    // Agencies as an office has them: `;`-separated, a BOM, a district merged into its successor on 30/06/2025.
    const agencies = await api(adminToken, 'POST', '/agencies/import', {
      csv:
        '\uFEFFid;name;level;parentId;email;validFrom;validTo;successorId\n' +
        'so-tu-phap;Sở Tư pháp;province;ubnd-tinh;vanthu@stp.dienbien.example;;;\n' +
        'ubnd-xa-thanh-nua;UBND xã Thanh Nưa;commune;ubnd-tinh;;01/07/2025;;\n' +
        'ubnd-huyen-cu;UBND huyện Cũ;district;ubnd-tinh;;;30/06/2025;ubnd-xa-thanh-nua\n',
    });
    expect(agencies).toMatchObject({ status: 200, body: { imported: 3 } });
    const inventory = await api(adminToken, 'POST', '/inventory/import', {
      csv: `agencyId,asOf,totalValid,estimated\nso-tu-phap,${year}-01-01,40,false\nubnd-xa-thanh-nua,${year}-01-01,25,true\n`,
    });
    expect(inventory).toMatchObject({ status: 200, body: { imported: 2 } });

    const invited = await api(adminToken, 'POST', '/users', {
      json: { email: 'Mai.Lo@stp.dienbien.example', agencyId: 'so-tu-phap', role: 'clerk' },
    });
    expect(invited.status).toBe(201);
    // No account at an agency that does not exist, or that has ended: the admin reads why, in Vietnamese.
    const unknown = await api(adminToken, 'POST', '/users', {
      json: { email: 'a@khong-co.example', agencyId: 'so-khong-co', role: 'clerk' },
    });
    expect(unknown).toMatchObject({ status: 400, body: { message: 'Không có cơ quan mã so-khong-co.' } });
    const retired = await api(adminToken, 'POST', '/users', {
      json: { email: 'b@huyen-cu.example', agencyId: 'ubnd-huyen-cu', role: 'clerk' },
    });
    expect(retired.status).toBe(400);
    expect(retired.body.message).toContain('đã hết hoạt động');

    // The clerk signs in with the e-mail, through the CLI's client this time.
    const clerk = await signIn('mai.lo@stp.dienbien.example', 'cli');
    const clerkToken = clerk.tokens?.access_token ?? '';
    expect(decodeJwt(clerkToken)).toMatchObject({ role: 'clerk', agencyId: 'so-tu-phap' });

    const pdf = await renderPdf(composeDocument({ docType: 'khai-sinh', seed: 1010 }).blocks);
    const ticket = await api(clerkToken, 'POST', '/uploads', {
      json: {
        fileName: 'trich-luc-khai-sinh.pdf',
        contentType: 'application/pdf',
        size: pdf.length,
        sha256: createHash('sha256').update(pdf).digest('hex'),
      },
    });
    expect(ticket.status).toBe(201);
    const put = await fetch(String(ticket.body.url), {
      method: 'PUT',
      headers: ticket.body.headers as Record<string, string>,
      body: Buffer.from(pdf),
    });
    expect(put.status).toBe(200);
    await stack.idle();
    const record = await api(clerkToken, 'GET', `/documents/${ticket.body.docId}`);
    expect(record.body).toMatchObject({ status: 'classified', agencyId: 'so-tu-phap', docType: 'khai-sinh' });

    // The province report (the e-mailed report's own numbers) lists the agency against this year's target.
    expect((await api(clerkToken, 'GET', '/report')).status).toBe(403);
    const report = await api(adminToken, 'GET', `/report?year=${year}`);
    expect(report.status).toBe(200);
    const target = targetFor(loadTargetPolicy(), year, 'province');
    expect(target).not.toBeNull();
    const rows = report.body.agencies as { id: string; target: number | null; inventory: number; digitized: number }[];
    expect(rows.find((r) => r.id === 'so-tu-phap')).toMatchObject({ target, inventory: 40, digitized: 1 });
  });

  it('refuses, in Vietnamese, writes by a user of a retired agency and any use by one of an unknown agency', async () => {
    const yesterday = vnDateOf(new Date(Date.now() - 86_400_000));
    const adminToken = (await signIn('quantri')).tokens?.access_token ?? '';
    await api(adminToken, 'POST', '/agencies', {
      json: { id: 'ubnd-xa-sap-nhap', name: 'UBND xã Sáp Nhập', level: 'commune', parentId: 'ubnd-tinh' },
    });
    const invited = await api(adminToken, 'POST', '/users', {
      json: { email: 'van.thu@xa-sap-nhap.example', agencyId: 'ubnd-xa-sap-nhap', role: 'clerk' },
    });
    expect(invited.status).toBe(201);
    // The commune is merged: its last day was yesterday.
    const merged = await api(adminToken, 'PUT', '/agencies/ubnd-xa-sap-nhap', {
      json: { validTo: yesterday, successorId: 'ubnd-xa-thanh-nua' },
    });
    expect(merged.status).toBe(200);

    const clerkToken = (await signIn('van.thu@xa-sap-nhap.example')).tokens?.access_token ?? '';
    expect((await api(clerkToken, 'GET', '/documents')).status).toBe(200);
    const upload = await api(clerkToken, 'POST', '/uploads', {
      json: { fileName: 'a.pdf', contentType: 'application/pdf', size: 10, sha256: 'a'.repeat(64) },
    });
    expect(upload).toMatchObject({ status: 403, body: { error: 'agency_retired' } });
    expect(upload.body.message).toContain('UBND xã Sáp Nhập đã ngừng hoạt động');
    expect(upload.body.message).toContain('ubnd-xa-thanh-nua');
    const declare = await api(clerkToken, 'PUT', '/inventory', {
      json: { asOf: vnDateOf(new Date()), totalValid: 3 },
    });
    expect(declare.status).toBe(403);

    // A directory entry naming an agency nobody registered (Cognito could hold one): no sign-in at all …
    const users = makeDynamoUserDirectory({ doc: stack.clients.doc, tableName: stack.config.table });
    await users.create({ email: 'la@khong-co.example', agencyId: 'so-khong-co', role: 'clerk' });
    const stranger = await signIn('la@khong-co.example');
    expect(stranger.tokens).toBeUndefined();
    expect(stranger.loginPage).toContain('không có trong danh sách cơ quan');
    // … and a token for such an agency is refused by the API, for reads too.
    const forged = await signLocalToken({ agencyId: 'so-khong-co' }, { dataDir });
    const read = await api(forged, 'GET', '/documents');
    expect(read).toMatchObject({ status: 403, body: { error: 'unknown_agency' } });
    expect(read.body.message).toContain('không có trong danh sách cơ quan');
  });
});
