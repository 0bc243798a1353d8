/**
 * The documents bucket over S3Client (AWS S3 in the cloud, s3rver locally: only the endpoint differs).
 */
import { GetObjectCommand, HeadObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { NotFoundError, StorageFaultError } from '#shared/errors.ts';
import type { ObjectReader } from '#shared/ports.ts';

function isMissing(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
  return error.name === 'NoSuchKey' || error.name === 'NotFound' || status === 404;
}

/** A 5xx after the SDK's own retries becomes a named, retryable fault (a local s3rver after a kill, an S3 outage). */
function storageFault(error: unknown, key: string): unknown {
  const status = (error as { $metadata?: { httpStatusCode?: number } } | null)?.$metadata?.httpStatusCode;
  return status !== undefined && status >= 500 ? new StorageFaultError(key, status, { cause: error }) : error;
}

export function makeS3ObjectStore({ client, bucket }: { client: S3Client; bucket: string }): ObjectReader {
  return {
    async get(key) {
      try {
        const out = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
        if (!out.Body) return new Uint8Array();
        return await out.Body.transformToByteArray();
      } catch (error) {
        if (isMissing(error)) {
          throw new NotFoundError('object_not_found', `object ${key} not found`, 'Không tìm thấy tệp.', {
            cause: error,
          });
        }
        throw storageFault(error, key);
      }
    },
    async put(key, body, contentType) {
      await client.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body, ContentType: contentType }));
    },
    async exists(key) {
      try {
        await client.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
        return true;
      } catch (error) {
        if (isMissing(error)) return false;
        throw storageFault(error, key);
      }
    },
  };
}
