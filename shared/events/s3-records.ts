/**
 * Events are parsed at the edge, once (STYLE.md §4). An SQS message from an S3 notification holds a JSON
 * `{Records: [...]}` body, or the one-off `s3:TestEvent` S3 sends when the notification is configured.
 */
import type { SQSRecord } from 'aws-lambda';
import { z } from 'zod';

const s3RecordSchema = z.object({
  eventSource: z.literal('aws:s3'),
  eventName: z.string(),
  eventTime: z.string(),
  s3: z.object({
    bucket: z.object({ name: z.string() }),
    object: z.object({ key: z.string(), size: z.number().int().nonnegative().optional() }),
  }),
});

const s3NotificationSchema = z.object({ Records: z.array(s3RecordSchema) });
const testEventSchema = z.object({ Event: z.literal('s3:TestEvent') });

/** One created object, key decoded. */
export interface S3ObjectRef {
  bucket: string;
  key: string;
  /** Size S3 reported; absent on some emulators. */
  size: number | null;
  eventName: string;
  /** When the object landed (ISO instant). */
  eventTime: string;
}

/** Keys in S3 notifications are form-encoded: `+` is a space, then percent-decoding (UTF-8). */
export function decodeS3Key(key: string): string {
  return decodeURIComponent(key.replace(/\+/g, ' '));
}

/**
 * The created objects of one SQS record: `[]` for `s3:TestEvent` and non-create events. Throws on a body
 * that is not an S3 notification (it then goes back to the queue and to the DLQ, never silently dropped).
 */
export function parseS3Records(record: Pick<SQSRecord, 'body'>): S3ObjectRef[] {
  const body: unknown = JSON.parse(record.body);
  if (testEventSchema.safeParse(body).success) return [];
  const notification = s3NotificationSchema.parse(body);
  return notification.Records.filter((r) => r.eventName.startsWith('ObjectCreated:')).map((r) => ({
    bucket: r.s3.bucket.name,
    key: decodeS3Key(r.s3.object.key),
    size: r.s3.object.size ?? null,
    eventName: r.eventName,
    eventTime: new Date(r.eventTime).toISOString(),
  }));
}
