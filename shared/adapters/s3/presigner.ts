/**
 * Presigned PUT URLs that make S3 enforce what the client declared: the exact content type, the exact
 * length and the SHA-256 of the body (DESIGN.md toolchain notes).
 */
import { GetObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import type { ScanPresigner, UploadPresigner } from '#shared/ports.ts';

const SIGNED = new Set(['content-type', 'content-length', 'x-amz-checksum-sha256']);
// Without this the presigner hoists the checksum into the query string, and S3 would not check the body.
const UNHOISTED = new Set(['x-amz-checksum-sha256']);

/**
 * `client` must be created with `requestChecksumCalculation: 'WHEN_REQUIRED'`: otherwise the SDK adds a
 * CRC32 of the (empty) body to the URL and every real upload fails.
 */
export function makeS3Presigner({
  client,
  bucket,
}: {
  client: S3Client;
  bucket: string;
}): UploadPresigner & ScanPresigner {
  return {
    async presignGet({ key, contentType, fileName, expiresInSeconds }) {
      // RFC 6266/5987: an ASCII fallback plus the UTF-8 name, so Vietnamese file names survive.
      const ascii =
        fileName
          .normalize('NFD')
          .replace(/[^\x20-\x7e]/g, '')
          .replace(/["\\]/g, '_') || 'scan';
      const command = new GetObjectCommand({
        Bucket: bucket,
        Key: key,
        ResponseContentType: contentType,
        ResponseContentDisposition: `inline; filename="${ascii}"; filename*=UTF-8''${rfc5987(fileName)}`,
      });
      return getSignedUrl(client, command, { expiresIn: expiresInSeconds });
    },
    async presignPut({ key, contentType, size, sha256Base64, expiresInSeconds }) {
      const command = new PutObjectCommand({
        Bucket: bucket,
        Key: key,
        ContentType: contentType,
        ContentLength: size,
        ChecksumSHA256: sha256Base64,
      });
      const url = await getSignedUrl(client, command, {
        expiresIn: expiresInSeconds,
        signableHeaders: SIGNED,
        unhoistableHeaders: UNHOISTED,
      });
      return {
        url,
        headers: {
          'content-type': contentType,
          'content-length': String(size),
          'x-amz-checksum-sha256': sha256Base64,
        },
      };
    },
  };
}

function rfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
