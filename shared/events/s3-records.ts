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

/** An S3 notification body, the one-off test event, or a throw (the record then goes back to the queue). */
function parseNotificationBody(record: Pick<SQSRecord, 'body'>): { raw: unknown[]; parsed: S3Record[] } {
  const body: unknown = JSON.parse(record.body);
  if (testEventSchema.safeParse(body).success) return { raw: [], parsed: [] };
  const notification = s3NotificationSchema.parse(body);
  return { raw: (body as { Records: unknown[] }).Records, parsed: notification.Records };
}

type S3Record = z.infer<typeof s3RecordSchema>;

const objectRef = (r: S3Record): S3ObjectRef => ({
  bucket: r.s3.bucket.name,
  key: decodeS3Key(r.s3.object.key),
  size: r.s3.object.size ?? null,
  eventName: r.eventName,
  eventTime: new Date(r.eventTime).toISOString(),
});

/**
 * The created objects of one SQS record: `[]` for `s3:TestEvent` and non-create events. Throws on a body
 * that is not an S3 notification (it then goes back to the queue and to the DLQ, never silently dropped).
 */
export function parseS3Records(record: Pick<SQSRecord, 'body'>): S3ObjectRef[] {
  return parseNotificationBody(record)
    .parsed.filter((r) => r.eventName.startsWith('ObjectCreated:'))
    .map(objectRef);
}

/** One created object and the S3 notification that carries it alone, its record kept verbatim. */
export interface S3ObjectEvent {
  object: S3ObjectRef;
  /** `{"Records":[<the record as S3 wrote it>]}`: what S3 → SQS would have delivered for this object alone. */
  body: string;
}

/**
 * The created objects of one SQS record, each with a notification of its own (the `route` function
 * re-sends them one message per object): same contract as `parseS3Records`, and every field S3 wrote
 * (key encoding, eTag, sequencer, version id) passes through untouched.
 */
export function splitS3Notification(record: Pick<SQSRecord, 'body'>): S3ObjectEvent[] {
  const { raw, parsed } = parseNotificationBody(record);
  return parsed.flatMap((r, i) =>
    r.eventName.startsWith('ObjectCreated:')
      ? [{ object: objectRef(r), body: JSON.stringify({ Records: [raw[i]] }) }]
      : [],
  );
}
