/** A work queue and its dead-letter queue: SSE-SQS (S3 and SNS can deliver to it), TLS only, 14 days (upload sessions outlive it). */
import { Duration, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as s3 from 'aws-cdk-lib/aws-s3';
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

  /**
   * This queue as the target of the bucket's object-created events. Unlike the CDK's SqsDestination (which
   * conditions only on `aws:SourceArn`, and grants GetQueueUrl/GetQueueAttributes too), S3 may only
   * SendMessage, for this bucket (`aws:SourceArn`) in this account (`aws:SourceAccount`): a bucket of the same
   * name in another account cannot feed the pipeline.
   */
  objectEvents(): s3.IBucketNotificationDestination {
    const queue = this.queue;
    return {
      bind: (_scope, bucket) => {
        queue.addToResourcePolicy(
          new iam.PolicyStatement({
            principals: [new iam.ServicePrincipal('s3.amazonaws.com')],
            actions: ['sqs:SendMessage'],
            resources: [queue.queueArn],
            conditions: {
              ArnEquals: { 'aws:SourceArn': bucket.bucketRef.bucketArn },
              StringEquals: { 'aws:SourceAccount': Stack.of(queue).account },
            },
          }),
        );
        // S3 checks it may send when the notification is put: the queue policy must exist first.
        return { arn: queue.queueArn, type: s3.BucketNotificationDestinationType.QUEUE, dependencies: [queue] };
      },
    };
  }
}
