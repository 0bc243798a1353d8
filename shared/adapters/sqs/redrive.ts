/**
 * Re-emits an object's `ObjectCreated` event into the work queue S3 would have sent it to (AWS): the
 * pipeline reconciler's `redrive`. The message body is the S3 notification itself, as S3 → SQS delivers it,
 * so the consuming stage parses it like any other (STYLE.md §4) and its conditional writes make a redundant
 * delivery harmless. An object under `incoming/` goes to extract's queue with its agency as message group,
 * as the `route` stage sends it (shared/use-cases/route-object-events.ts): straight there rather than through
 * the intake queue, one hop less, and a re-driven upload keeps its place in its agency's fair share.
 * Classify's queue (`extracted/{docId}.json`, no agency in the key) takes no group.
 */
import { HeadObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { SendMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import { fairnessGroupOf, INCOMING_PREFIX } from '#shared/domain/object-keys.ts';
import { objectCreatedNotification } from '#shared/events/s3-notification.ts';

export interface SqsRedriveOptions {
  s3: S3Client;
  sqs: SQSClient;
  bucket: string;
  /** Work queue URL per key prefix (`incoming/` → extract's queue, `extracted/` → classify's). */
  queues: Record<string, string>;
}

export function makeSqsRedrive(options: SqsRedriveOptions): (key: string) => Promise<void> {
  const routes = Object.entries(options.queues);
  return async (key) => {
    const queueUrl = routes.find(([prefix]) => key.startsWith(prefix))?.[1];
    if (!queueUrl) throw new Error(`no work queue takes objects under ${key.split('/')[0]}/`);
    const head = await options.s3.send(new HeadObjectCommand({ Bucket: options.bucket, Key: key }));
    const notification = objectCreatedNotification(options.bucket, key, {
      size: head.ContentLength ?? 0,
      eTag: head.ETag ?? '',
      lastModified: head.LastModified ?? new Date(),
    });
    await options.sqs.send(
      new SendMessageCommand({
        QueueUrl: queueUrl,
        MessageBody: JSON.stringify(notification),
        ...(key.startsWith(INCOMING_PREFIX) ? { MessageGroupId: fairnessGroupOf(key) } : {}),
      }),
    );
  };
}
