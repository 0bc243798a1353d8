import { createHash } from 'node:crypto';
import { S3Client } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { makeS3Presigner } from '#shared/adapters/s3/presigner.ts';
import { sha256HexToBase64 } from '#shared/domain/upload-rules.ts';

const client = new S3Client({
  region: 'ap-southeast-1',
  credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
  requestChecksumCalculation: 'WHEN_REQUIRED',
});

describe('S3 upload presigner', () => {
  it('signs content-type, content-length and the SHA-256 checksum header, not just host', async () => {
    const body = Buffer.from('%PDF-1.7 giấy phép');
    const hex = createHash('sha256').update(body).digest('hex');
    const presigner = makeS3Presigner({ client, bucket: 'sohoa-documents' });
    const { url, headers } = await presigner.presignPut({
      key: 'incoming/so-xay-dung/u-1/Giấy phép xây dựng (bản scan).pdf',
      contentType: 'application/pdf',
      size: body.length,
      sha256Base64: sha256HexToBase64(hex),
      expiresInSeconds: 900,
    });
    const parsed = new URL(url);
    expect(parsed.searchParams.get('X-Amz-SignedHeaders')).toBe(
      'content-length;content-type;host;x-amz-checksum-sha256',
    );
    expect(parsed.searchParams.get('X-Amz-Expires')).toBe('900');
    // The checksum stays a header (S3 verifies the body against it) and no CRC32 of an empty body sneaks in.
    expect(parsed.searchParams.has('x-amz-checksum-sha256')).toBe(false);
    expect(parsed.searchParams.has('x-amz-checksum-crc32')).toBe(false);
    expect(decodeURIComponent(parsed.pathname)).toContain('Giấy phép xây dựng (bản scan).pdf');
    expect(headers).toEqual({
      'content-type': 'application/pdf',
      'content-length': String(body.length),
      'x-amz-checksum-sha256': createHash('sha256').update(body).digest('base64'),
    });
  });
});
