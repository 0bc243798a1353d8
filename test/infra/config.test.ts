import { describe, expect, it } from 'vitest';
import { hostArchitecture } from '#infra/bundling.ts';
import { CONFIG_KEYS, parseConfig } from '#infra/config.ts';
import { CDK_CONTEXT } from './synth.ts';

const valid = () => Object.fromEntries(CONFIG_KEYS.map((key) => [key, CDK_CONTEXT[key]]));

describe('deployment settings (CDK context)', () => {
  it('accepts the defaults in cdk.json and derives the SES identity from the sender', () => {
    const config = parseConfig(valid());
    expect(config.ocrEngine).toBe('textract');
    expect(config.sesIdentity).toBe(String(CDK_CONTEXT.senderEmail).split('@')[1]);
    expect(config.alarmEmail).toBeNull();
  });

  it('has a default in cdk.json for every setting', () => {
    for (const key of CONFIG_KEYS.filter((k) => k !== 'sesIdentity')) expect(CDK_CONTEXT).toHaveProperty(key);
  });

  it("runs the functions on the host's architecture unless told otherwise", () => {
    expect(parseConfig(valid()).architecture).toBe(hostArchitecture());
    expect(parseConfig({ ...valid(), architecture: undefined }).architecture).toBe(hostArchitecture());
    expect(parseConfig({ ...valid(), architecture: 'arm64' }).architecture).toBe('arm64');
    expect(parseConfig({ ...valid(), architecture: 'x86_64' }).architecture).toBe('x86_64');
    expect(() => parseConfig({ ...valid(), architecture: 'x64' })).toThrow(/- architecture:/);
    expect(hostArchitecture('x64')).toBe('x86_64');
    expect(hostArchitecture('arm64')).toBe('arm64');
    expect(hostArchitecture('ppc64')).toBeNull();
  });

  it('lists every missing or invalid setting in one error', () => {
    const raw = {
      ...valid(),
      provinceName: undefined,
      senderEmail: 'not-an-email',
      schedules: { monthly: 'rate(1 day)', annual: 'cron(0 7 2 1 ? *)' },
      extractConcurrency: 0,
      logRetentionDays: 42,
      allowedOrigins: ['https://sohoa.example.gov.vn/'],
    };
    let message = '';
    try {
      parseConfig(raw);
    } catch (error) {
      message = (error as Error).message;
    }
    for (const key of [
      'provinceName',
      'senderEmail',
      'schedules.monthly',
      'extractConcurrency',
      'logRetentionDays',
      'allowedOrigins.0',
    ]) {
      expect(message).toContain(`- ${key}:`);
    }
    expect(message).not.toContain('- schedules.annual');
  });

  it('takes only exact https origins for CORS: no http (not even localhost), no wildcard, path or trailing slash', () => {
    const origins = (allowedOrigins: string[]) => parseConfig({ ...valid(), allowedOrigins }).allowedOrigins;
    expect(origins(['https://sohoa.example.gov.vn', 'https://upload.example.gov.vn:8443'])).toEqual([
      'https://sohoa.example.gov.vn',
      'https://upload.example.gov.vn:8443',
    ]);
    expect(origins([])).toEqual([]);
    for (const [origin, why] of [
      ['http://*', /no wildcards/],
      ['https://*.example.gov.vn', /no wildcards/],
      ['*', /no wildcards/],
      ['http://sohoa.example.gov.vn', /must be https/],
      ['http://localhost:5173', /must be https/],
      ['https://sohoa.example.gov.vn/app', /scheme, host and port only: https:\/\/sohoa\.example\.gov\.vn/],
      ['https://sohoa.example.gov.vn/', /no trailing slash/],
      ['sohoa.example.gov.vn', /not a URL/],
    ] as const) {
      expect(() => origins(['https://ok.example.gov.vn', origin]), origin).toThrow(/- allowedOrigins\.1: /);
      expect(() => origins([origin]), origin).toThrow(why);
    }
  });

  it('takes only exact https redirect URIs for sign-in (http for localhost alone) and a valid domain prefix', () => {
    const signIn = CDK_CONTEXT.signIn as Record<string, unknown>;
    const withSignIn = (patch: Record<string, unknown>) => parseConfig({ ...valid(), signIn: { ...signIn, ...patch } });
    expect(() => withSignIn({ callbackUrls: ['http://sohoa.example.gov.vn/app/callback'] })).toThrow(
      /signIn\.callbackUrls\.0/,
    );
    expect(() => withSignIn({ callbackUrls: ['https://*.example.gov.vn/app/callback'] })).toThrow(/callbackUrls/);
    expect(() => withSignIn({ logoutUrls: ['https://sohoa.example.gov.vn/app/#x'] })).toThrow(/logoutUrls/);
    expect(() => withSignIn({ callbackUrls: [] })).toThrow(/callbackUrls/);
    expect(() => withSignIn({ domainPrefix: 'aws-sohoa' })).toThrow(/domainPrefix/);
    expect(withSignIn({ cliCallbackUrls: ['http://localhost:53682/callback'] }).signIn.cliCallbackUrls).toEqual([
      'http://localhost:53682/callback',
    ]);
    expect(withSignIn({ cliCallbackUrls: undefined }).signIn.cliCallbackUrls).toEqual([]);
  });

  it('rejects an unknown OCR engine and an unknown built-in target policy', () => {
    expect(() => parseConfig({ ...valid(), ocrEngine: 'easyocr' })).toThrow(/ocrEngine/);
    expect(() => parseConfig({ ...valid(), targetPolicy: 'ha-noi-2030' })).toThrow(
      /targetPolicy: unknown target policy/,
    );
    expect(() => parseConfig({ ...valid(), targetPolicy: 'policies/missing.json' })).toThrow(/file not found/);
  });

  it('reads values given on the command line (-c key=value arrives as a string)', () => {
    const config = parseConfig({
      ...valid(),
      extractConcurrency: '8',
      summaryRecipients: '["a@example.gov.vn","b@example.gov.vn"]',
      objectLock: '{"enabled":true,"retentionDays":365}',
      ocrEngine: 'tesseract',
    });
    expect(config.extractConcurrency).toBe(8);
    expect(config.summaryRecipients).toEqual(['a@example.gov.vn', 'b@example.gov.vn']);
    expect(config.objectLock).toEqual({ enabled: true, retentionDays: 365 });
    expect(config.ocrEngine).toBe('tesseract');
  });
});
