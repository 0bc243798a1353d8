/**
 * Extract's work queue as an `ObjectEventQueue`: SendMessage with the body as S3 would have delivered it
 * and the fair-queue tenant as `MessageGroupId` (a standard queue: no ordering, no throughput limit, only
 * fairness between groups).
 */
import { SendMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { ObjectEventQueue } from '#shared/ports.ts';

export function makeSqsObjectEventQueue(options: { sqs: SQSClient; queueUrl: string }): ObjectEventQueue {
  return {
    send: async ({ body, groupId }) => {
      await options.sqs.send(
        new SendMessageCommand({ QueueUrl: options.queueUrl, MessageBody: body, MessageGroupId: groupId }),
      );
    },
  };
}
