/** A work queue and its dead-letter queue: SSE-SQS (S3 and SNS can deliver to it), TLS only, 14 days (upload sessions outlive it). */
import { Duration } from 'aws-cdk-lib';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { QUEUE_RETENTION_SECONDS } from '#shared/domain/upload-rules.ts';

export interface WorkQueueProps {
  /** At least six times the consumer's timeout (AWS guidance for Lambda event sources). */
  readonly visibilityTimeout: Duration;
  /** Deliveries before a message is parked in the DLQ. */
  readonly maxReceiveCount: number;
}

export class WorkQueue extends Construct {
  readonly queue: sqs.Queue;
  readonly deadLetterQueue: sqs.Queue;

  constructor(scope: Construct, id: string, props: WorkQueueProps) {
    super(scope, id);
    this.deadLetterQueue = new sqs.Queue(this, 'DeadLetters', {
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.seconds(QUEUE_RETENTION_SECONDS),
    });
    this.queue = new sqs.Queue(this, 'Queue', {
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.seconds(QUEUE_RETENTION_SECONDS),
      visibilityTimeout: props.visibilityTimeout,
      deadLetterQueue: { queue: this.deadLetterQueue, maxReceiveCount: props.maxReceiveCount },
    });
  }
}
