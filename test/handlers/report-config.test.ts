import { describe, expect, it } from 'vitest';
import { parseReportEnv } from '#shared/composition/aws/env.ts';
import { reportHandlerFromEnv } from '#shared/composition/aws/report.ts';
import { ConfigError } from '#shared/errors.ts';

describe('report function configuration', () => {
  it('names every missing or invalid variable in one error', () => {
    let error: unknown;
    try {
      parseReportEnv({ TABLE_NAME: 't', REPORT_RECIPIENTS: 'lanhdao@dienbien.gov.vn, not-an-address' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    for (const name of ['BUCKET_NAME', 'MAIL_FROM', 'PROVINCE_NAME', 'REPORT_RECIPIENTS'])
      expect(message).toContain(name);
  });

  it('splits the recipients and wires a handler without touching AWS at cold start', () => {
    const env = {
      TABLE_NAME: 'table',
      BUCKET_NAME: 'bucket',
      MAIL_FROM: 'sohoa@dienbien.gov.vn',
      REPORT_RECIPIENTS: 'lanhdao@dienbien.gov.vn, sokhcn@dienbien.gov.vn',
      PROVINCE_NAME: 'Điện Biên',
      TARGET_POLICY: 'dien-bien-1536',
      AWS_REGION: 'ap-southeast-1',
    };
    expect(parseReportEnv(env).REPORT_RECIPIENTS).toEqual(['lanhdao@dienbien.gov.vn', 'sokhcn@dienbien.gov.vn']);
    expect(typeof reportHandlerFromEnv(env)).toBe('function');
    expect(() => reportHandlerFromEnv({ ...env, TARGET_POLICY: 'no-such-policy' })).toThrow(ConfigError);
  });
});
