import { describe, expect, it } from 'vitest';
import { parseApiEnv, parseExtractEnv, parseReconcileEnv } from '#shared/composition/aws/env.ts';
import { ConfigError } from '#shared/errors.ts';

describe('Lambda configuration from the environment', () => {
  it('names every missing variable in one error', () => {
    let error: unknown;
    try {
      parseExtractEnv({ OCR_ENGINE: 'textract' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    for (const name of ['TABLE_NAME', 'BUCKET_NAME', 'TEXTRACT_SNS_TOPIC_ARN', 'TEXTRACT_ROLE_ARN']) {
      expect(message).toContain(name);
    }
  });

  it('needs no Textract settings with tesseract, and applies the documented defaults', () => {
    expect(parseExtractEnv({ TABLE_NAME: 't', BUCKET_NAME: 'b', OCR_ENGINE: 'tesseract' })).toMatchObject({
      OCR_ENGINE: 'tesseract',
    });
    expect(() => parseApiEnv({ TABLE_NAME: 't', BUCKET_NAME: 'b', PROVINCE_NAME: 'Điện Biên' })).toThrow(
      /USER_POOL_ID/,
    );
    expect(
      parseApiEnv({ TABLE_NAME: 't', BUCKET_NAME: 'b', PROVINCE_NAME: 'Điện Biên', USER_POOL_ID: 'ap-southeast-1_x' }),
    ).toMatchObject({
      MAX_UPLOAD_BYTES: 50 * 1024 * 1024,
      UPLOAD_URL_TTL_SECONDS: 900,
    });
  });

  it('refuses an unknown OCR engine and a non-numeric size limit', () => {
    expect(() => parseExtractEnv({ TABLE_NAME: 't', BUCKET_NAME: 'b', OCR_ENGINE: 'abbyy' })).toThrow(/OCR_ENGINE/);
    expect(() =>
      parseApiEnv({
        TABLE_NAME: 't',
        BUCKET_NAME: 'b',
        PROVINCE_NAME: 'X',
        USER_POOL_ID: 'p',
        MAX_UPLOAD_BYTES: 'lots',
      }),
    ).toThrow(/MAX_UPLOAD_BYTES/);
  });

  it('gives the reconcile function both work queues it re-emits into, or names the missing ones', () => {
    expect(() => parseReconcileEnv({ TABLE_NAME: 't', BUCKET_NAME: 'b' })).toThrow(
      /INCOMING_QUEUE_URL.*EXTRACTED_QUEUE_URL/,
    );
    const queue = 'https://sqs.ap-southeast-1.amazonaws.com/123456789012/q';
    expect(
      parseReconcileEnv({ TABLE_NAME: 't', BUCKET_NAME: 'b', INCOMING_QUEUE_URL: queue, EXTRACTED_QUEUE_URL: queue }),
    ).toMatchObject({ INCOMING_QUEUE_URL: queue, EXTRACTED_QUEUE_URL: queue });
  });
});
