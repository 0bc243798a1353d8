/**
 * The `ObjectCreated:Put` notification S3 emits for an object, built from what HeadObject says about it:
 * what the pipeline reconciler re-emits for an object whose event was lost. The key is form-encoded as S3
 * encodes it, and the event time is the object's own LastModified, so the digitized instant (and year) of
 * a re-driven document is the one its upload gave it.
 */
import { encodeS3EventKey } from './s3-event-key.ts';

export interface ObjectHead {
  size: number;
  eTag: string;
  lastModified: Date;
}

export function objectCreatedNotification(bucket: string, key: string, head: ObjectHead) {
  return {
    Records: [
      {
        eventVersion: '2.1',
        eventSource: 'aws:s3',
        eventName: 'ObjectCreated:Put',
        eventTime: head.lastModified.toISOString(),
        s3: {
          s3SchemaVersion: '1.0',
          bucket: { name: bucket, arn: `arn:aws:s3:::${bucket}` },
          object: { key: encodeS3EventKey(key), size: head.size, eTag: head.eTag.replaceAll('"', '') },
        },
      },
    ],
  };
}
