import { existsSync, readFileSync } from 'node:fs';
import type { PreTokenGenerationV2TriggerEvent } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { planCopy } from '#infra/bundling.ts';
import { entryPath, FUNCTION_ENTRIES, type FunctionName } from '#infra/functions.ts';
import { makePreTokenHandler } from '#infra/lambda/pre-token.ts';

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
    const plan = planCopy([{ name: 'tesseract.js' }, { name: '@tesseract.js-data/vie' }]);
    expect(plan.packages).toEqual(
      expect.arrayContaining(['tesseract.js', 'tesseract.js-core', '@tesseract.js-data/vie', 'node-fetch']),
    );
  });

  it('copies only the listed paths of a package and notes a missing arm64 binary', () => {
    const plan = planCopy([{ name: 'pdfjs-dist', include: ['legacy/build/pdf.mjs'] }, { name: '@resvg/resvg-js' }]);
    expect(plan.files).toEqual([['pdfjs-dist', 'legacy/build/pdf.mjs']]);
    expect(plan.packages).not.toContain('pdfjs-dist');
    const hasArm64 = existsSync('node_modules/@resvg/resvg-js-linux-arm64-gnu/package.json');
    expect(plan.missingBinaries.includes('@resvg/resvg-js-linux-arm64-gnu')).toBe(!hasArm64);
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
