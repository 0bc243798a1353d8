/**
 * Presigned PUT URLs that make S3 enforce what the client declared: the exact content type, the exact
 * length and the SHA-256 of the body (DESIGN.md toolchain notes).
 */
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import type { UploadPresigner } from '#shared/use-cases/pipeline-ports.ts';

const SIGNED = new Set(['content-type', 'content-length', 'x-amz-checksum-sha256']);
// Without this the presigner hoists the checksum into the query string, and S3 would not check the body.
const UNHOISTED = new Set(['x-amz-checksum-sha256']);

/**
 * `client` must be created with `requestChecksumCalculation: 'WHEN_REQUIRED'`: otherwise the SDK adds a
 * CRC32 of the (empty) body to the URL and every real upload fails.
 */
export function makeS3Presigner({ client, bucket }: { client: S3Client; bucket: string }): UploadPresigner {
  return {
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
