import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, Duration, Stack } from 'aws-cdk-lib';
import type { PreTokenGenerationV2TriggerEvent } from 'aws-lambda';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  binariesManifest,
  copiedModulesOf,
  hostArchitecture,
  installCommand,
  missingBinaries,
  planCopy,
} from '#infra/bundling.ts';
import { SohoaFunction } from '#infra/constructs/sohoa-function.ts';
import { UPLOAD_URL_TTL_SECONDS } from '#infra/constructs/upload-api.ts';
import { entryPath, FUNCTION_ENTRIES, type FunctionName } from '#infra/functions.ts';
import { makePreTokenHandler } from '#infra/lambda/pre-token.ts';
import { PREFIXES } from '#infra/prefixes.ts';
import { EXTRACTED_PREFIX, INCOMING_PREFIX, REPORTS_PREFIX } from '#shared/domain/object-keys.ts';
import { DEFAULT_UPLOAD_URL_TTL_SECONDS } from '#shared/domain/upload-rules.ts';

describe('function entry map', () => {
  it.each(Object.keys(FUNCTION_ENTRIES) as FunctionName[])('has an entry file for %s that exports handler', (name) => {
    const path = entryPath(name);
    expect(existsSync(path), `${FUNCTION_ENTRIES[name]} is missing`).toBe(true);
    expect(readFileSync(path, 'utf8')).toMatch(
      /export\s+(const|async function|function|\{[^}]*\bhandler\b)|export\s*\{/,
    );
    expect(readFileSync(path, 'utf8')).toMatch(/\bhandler\b/);
  });
});

describe('bundling plan', () => {
  it('copies tesseract.js with its wasm core and its other dependencies, offline from node_modules', () => {
    const plan = planCopy([{ name: 'tesseract.js' }, { name: '@tesseract.js-data/vie' }], 'arm64');
    expect(plan.packages).toEqual(
      expect.arrayContaining(['tesseract.js', 'tesseract.js-core', '@tesseract.js-data/vie', 'node-fetch']),
    );
    expect(plan.binaries).toEqual([]);
  });

  it('copies only the listed paths of a package and finds the binaries npm ci installed for the host', () => {
    const host = hostArchitecture()!;
    const plan = planCopy(
      [{ name: 'pdfjs-dist', include: ['legacy/build/pdf.mjs', 'node_modules/@napi-rs/canvas'] }],
      host,
    );
    expect(plan.files).toEqual([
      ['pdfjs-dist', 'legacy/build/pdf.mjs'],
      ['pdfjs-dist', 'node_modules/@napi-rs/canvas'],
    ]);
    expect(plan.packages).not.toContain('pdfjs-dist');
    // pdfjs's own canvas pins its binary's version, which is not the top-level canvas's.
    const nested = JSON.parse(
      readFileSync('node_modules/pdfjs-dist/node_modules/@napi-rs/canvas/package.json', 'utf8'),
    );
    const cpu = host === 'arm64' ? 'arm64' : 'x64';
    expect(plan.binaries).toEqual([
      expect.objectContaining({
        name: `@napi-rs/canvas-linux-${cpu}-gnu`,
        version: nested.version,
        path: expect.any(String),
      }),
    ]);
    expect(missingBinaries(plan)).toEqual([]);
    expect(plan.packages).toContain(plan.binaries[0]!.path);
  });

  describe('in a node_modules holding one native package', () => {
    let root: string;
    const pkg = (path: string, manifest: Record<string, unknown>) => {
      mkdirSync(join(root, 'node_modules', path), { recursive: true });
      writeFileSync(join(root, 'node_modules', path, 'package.json'), JSON.stringify(manifest));
    };
    beforeEach(() => {
      root = mkdtempSync(join(tmpdir(), 'sohoa-plan-'));
      pkg('sharp', {
        name: 'sharp',
        version: '9.0.0',
        optionalDependencies: { '@img/sharp-linux-arm64': '9.0.0', '@img/sharp-libvips-linux-arm64': '2.0.0' },
      });
    });
    afterEach(() => rmSync(root, { recursive: true, force: true }));

    it('names each missing Linux binary with the version the package pins, and the npm line that adds them', () => {
      pkg('@img/sharp-linux-arm64', { name: '@img/sharp-linux-arm64', version: '8.0.0' });
      const plan = planCopy([{ name: 'sharp' }], 'arm64', root);
      expect(missingBinaries(plan).map((b) => `${b.name}@${b.version}`)).toEqual([
        '@img/sharp-linux-arm64@9.0.0',
        '@img/sharp-libvips-linux-arm64@2.0.0',
      ]);
      expect(installCommand(missingBinaries(plan))).toBe(
        'npm install --no-save --force @img/sharp-linux-arm64@9.0.0 @img/sharp-libvips-linux-arm64@2.0.0',
      );
      expect(plan.packages).toEqual(['sharp']);
    });

    it('copies a binary found beside the package or nested in it, and records what went in', () => {
      pkg('@img/sharp-libvips-linux-arm64', { name: '@img/sharp-libvips-linux-arm64', version: '2.0.0' });
      pkg('sharp/node_modules/@img/sharp-linux-arm64', { name: '@img/sharp-linux-arm64', version: '9.0.0' });
      const plan = planCopy([{ name: 'sharp' }], 'arm64', root);
      expect(missingBinaries(plan)).toEqual([]);
      expect(plan.packages).toEqual([
        '@img/sharp-libvips-linux-arm64',
        'sharp',
        'sharp/node_modules/@img/sharp-linux-arm64',
      ]);
      expect(binariesManifest(plan)).toEqual({
        architecture: 'arm64',
        binaries: ['@img/sharp-linux-arm64@9.0.0', '@img/sharp-libvips-linux-arm64@2.0.0'],
      });
    });
  });
});

describe('function construct', () => {
  const other = hostArchitecture() === 'arm64' ? 'x86_64' : 'arm64';
  const missing = missingBinaries(planCopy(copiedModulesOf('report', 'textract'), other));
  const build = () => {
    const stack = new Stack(new App(), 'Fn');
    new SohoaFunction(stack, 'Report', {
      name: 'report',
      description: 'sohoa: test',
      environment: {},
      config: { architecture: other, ocrEngine: 'textract', logRetentionDays: 7 },
      timeout: Duration.seconds(5),
    });
  };

  // A fresh clone has only the host's binaries; skipped where someone installed the other platform's.
  it.skipIf(missing.length === 0)(
    'refuses to bundle for an architecture whose binaries are missing, naming the npm line',
    () => {
      expect(build).toThrow(installCommand(missing));
    },
  );
});

describe('facts infra takes from the domain', () => {
  it('writes no key prefix of its own: every one comes from shared/domain/object-keys.ts', () => {
    const sources = readdirSync('infra', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    const code = (file: string) =>
      readFileSync(join('infra', file), 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\/\/.*$/gm, '');
    const literal = /['"`](incoming|extracted|reports)\//;
    expect(sources.filter((file) => literal.test(code(file)))).toEqual([]);
    expect(PREFIXES).toEqual({ incoming: INCOMING_PREFIX, extracted: EXTRACTED_PREFIX, reports: REPORTS_PREFIX });
    expect(UPLOAD_URL_TTL_SECONDS).toBe(DEFAULT_UPLOAD_URL_TTL_SECONDS);
  });
});

describe('Cognito pre-token trigger', () => {
  const agencies = {
    get: async (id: string) =>
      id === 'so-tu-phap' || id === 'ubnd-xa-thanh-xuong'
        ? {
            id,
            name: id,
            level: 'province' as const,
            parentId: null,
            emails: [],
            validFrom: null,
            validTo: null,
            successorId: null,
          }
        : null,
  };
  const trigger = makePreTokenHandler({ agencies });
  const event = (attributes: Record<string, string>) =>
    ({ request: { userAttributes: attributes }, response: {} }) as unknown as PreTokenGenerationV2TriggerEvent;

  it('copies the custom attributes into the claims the api reads', async () => {
    const out = await trigger(event({ 'custom:agencyId': 'so-tu-phap', 'custom:role': 'admin' }));
    expect(out.response.claimsAndScopeOverrideDetails?.accessTokenGeneration?.claimsToAddOrOverride).toEqual({
      agencyId: 'so-tu-phap',
      role: 'admin',
    });
    expect(out.response.claimsAndScopeOverrideDetails?.idTokenGeneration?.claimsToAddOrOverride).toEqual({
      agencyId: 'so-tu-phap',
      role: 'admin',
    });
  });

  it('refuses a token to a user without a role, without an agency, with a malformed or unknown agency', async () => {
    await expect(trigger(event({ 'custom:agencyId': 'ubnd-xa-thanh-xuong' }))).rejects.toThrow(/role/);
    await expect(trigger(event({ 'custom:role': 'clerk' }))).rejects.toThrow(/agencyId/);
    await expect(trigger(event({ 'custom:agencyId': 'so-tu-phap', 'custom:role': 'root' }))).rejects.toThrow(/role/);
    await expect(trigger(event({ 'custom:agencyId': 'a/../x', 'custom:role': 'clerk' }))).rejects.toThrow(
      /malformed agencyId/,
    );
    await expect(trigger(event({ 'custom:agencyId': 'so-khong-co', 'custom:role': 'clerk' }))).rejects.toThrow(
      /does not exist/,
    );
  });
});
