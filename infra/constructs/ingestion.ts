/**
 * `incoming/` object created → intake queue → `route` → extract's queue → `extract` (OCR), throttled by
 * reserved concurrency: the Textract request rate is the bottleneck, and throttled documents go back to the
 * queue, never lost. Multi-page PDFs on Textract finish asynchronously: Textract → SNS (encrypted) → SQS →
 * `textract-collect`.
 *
 * Fairness between agencies: extract's queue is an SQS fair queue. S3 notifications cannot set a message
 * group (and going through EventBridge would change the event shape extract, the local mode and the
 * reconciler share), so `route` re-sends each event with `MessageGroupId` = the agency (shared/use-cases/route-object-events.ts); the reconciler's re-emitted
 * events carry it too (shared/adapters/sqs/redrive.ts). The upload path cannot send it instead: when
 * `POST /uploads` answers, the object does not exist yet, and S3's event is what says it does.
 */
import { Duration, Stack, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';
import type { SohoaConfig } from '../config.ts';
import {
  type DataStores,
  grantCheckObjects,
  grantReadObjects,
  grantReadWriteTable,
  grantWriteObjects,
} from '../grants.ts';
import { PREFIXES } from '../prefixes.ts';
import { SohoaFunction } from './sohoa-function.ts';
import { WorkQueue } from './work-queue.ts';

/** Sizing per engine: tesseract is CPU-bound (memory buys vCPU), Textract mostly waits on the network. */
export const EXTRACT_SIZING = {
  textract: { memorySize: 1024, timeout: Duration.minutes(2), batchSize: 5 },
  tesseract: { memorySize: 3008, timeout: Duration.minutes(10), batchSize: 1 },
} as const;

/** The route function re-sends one message per object: seconds at most, and a few pollers suffice. */
const ROUTE_TIMEOUT = Duration.seconds(30);
const ROUTE_CONCURRENCY = 5;

export interface IngestionProps {
  readonly config: SohoaConfig;
  readonly data: DataStores;
  /** The documents bucket as seen from this stack (notifications are configured from here). */
  readonly bucket: s3.IBucket;
  readonly messagingKey: kms.IKey;
  readonly environment: Record<string, string>;
}

export class Ingestion extends Construct {
  /** S3's object-created events for `incoming/`, in arrival order: consumed by `route`. */
  readonly intake: WorkQueue;
  /** Extract's queue, a fair queue: every message carries its agency as message group. */
  readonly incoming: WorkQueue;
  readonly route: SohoaFunction;
  readonly completions: WorkQueue;
  readonly extract: SohoaFunction;
  readonly collect: SohoaFunction;
  readonly textractTopic: sns.Topic;
  readonly textractRole: iam.Role;

  constructor(scope: Construct, id: string, props: IngestionProps) {
    super(scope, id);
    const { config, data, messagingKey } = props;
    const sizing = EXTRACT_SIZING[config.ocrEngine];
    const { account } = Stack.of(this);

    this.textractTopic = new sns.Topic(this, 'TextractTopic', {
      masterKey: messagingKey,
      enforceSSL: true,
    });
    // Textract publishes job completions with this role (NotificationChannel.RoleArn).
    this.textractRole = new iam.Role(this, 'TextractRole', {
      assumedBy: new iam.ServicePrincipal('textract.amazonaws.com', {
        conditions: { StringEquals: { 'aws:SourceAccount': account } },
      }),
      description: 'Lets Amazon Textract publish job completions to the sohoa topic',
    });
    this.textractRole.addToPrincipalPolicy(
      new iam.PolicyStatement({ actions: ['sns:Publish'], resources: [this.textractTopic.topicArn] }),
    );
    this.textractRole.addToPrincipalPolicy(
      new iam.PolicyStatement({
        actions: ['kms:GenerateDataKey', 'kms:Decrypt'],
        resources: [messagingKey.keyArn],
      }),
    );

    const environment = {
      ...props.environment,
      TEXTRACT_SNS_TOPIC_ARN: this.textractTopic.topicArn,
      TEXTRACT_ROLE_ARN: this.textractRole.roleArn,
    };

    this.extract = new SohoaFunction(this, 'Extract', {
      name: 'extract',
      description: `sohoa: verify, dedupe and OCR uploads (${config.ocrEngine})`,
      environment,
      config,
      memorySize: sizing.memorySize,
      timeout: sizing.timeout,
      reservedConcurrentExecutions: config.extractConcurrency,
    });
    grantReadObjects(this.extract.role, data, PREFIXES.incoming);
    grantCheckObjects(this.extract.role, data, PREFIXES.extracted);
    grantWriteObjects(this.extract.role, data, PREFIXES.extracted);
    grantReadWriteTable(this.extract.role, data);
    this.grantTextract(this.extract, ['textract:DetectDocumentText', 'textract:StartDocumentTextDetection']);
    this.extract.role.addToPrincipalPolicy(
      new iam.PolicyStatement({
        actions: ['iam:PassRole'],
        resources: [this.textractRole.roleArn],
        conditions: { StringEquals: { 'iam:PassedToService': 'textract.amazonaws.com' } },
      }),
    );

    this.incoming = new WorkQueue(this, 'Incoming', {
      visibilityTimeout: Duration.seconds(sizing.timeout.toSeconds() * 6),
      // Throttled Textract calls come back through the queue: give them room before the DLQ.
      maxReceiveCount: 10,
    });

    this.route = new SohoaFunction(this, 'Route', {
      name: 'route',
      description: "sohoa: re-send upload events to extract's queue under their agency's message group",
      environment: { INCOMING_QUEUE_URL: this.incoming.queue.queueUrl },
      config,
      memorySize: 256,
      timeout: ROUTE_TIMEOUT,
    });
    // Only SendMessage, only on extract's queue (SSE-SQS: no key to grant). No table, no bucket.
    this.route.role.addToPrincipalPolicy(
      new iam.PolicyStatement({ actions: ['sqs:SendMessage'], resources: [this.incoming.queue.queueArn] }),
    );
    this.intake = new WorkQueue(this, 'Intake', {
      visibilityTimeout: Duration.seconds(ROUTE_TIMEOUT.toSeconds() * 6),
      // A failed send is an SQS hiccup, retried; a body that is no S3 notification never gets better.
      maxReceiveCount: 5,
    });
    props.bucket.addEventNotification(s3.EventType.OBJECT_CREATED, this.intake.objectEvents(), {
      prefix: PREFIXES.incoming,
    });
    this.route.fn.addEventSource(
      new SqsEventSource(this.intake.queue, {
        batchSize: 10,
        reportBatchItemFailures: true,
        // Sending takes milliseconds: a few pollers keep the intake queue empty even for a 10,000-file batch.
        maxConcurrency: ROUTE_CONCURRENCY,
      }),
    );
    this.extract.fn.addEventSource(
      new SqsEventSource(this.incoming.queue, {
        batchSize: sizing.batchSize,
        reportBatchItemFailures: true,
        // Pollers stop at the reserved concurrency instead of being throttled by it.
        maxConcurrency: config.extractConcurrency,
      }),
    );

    this.collect = new SohoaFunction(this, 'Collect', {
      name: 'textract-collect',
      description: 'sohoa: collect finished Textract jobs into extracted/',
      environment,
      config,
      memorySize: 512,
      timeout: Duration.minutes(2),
    });
    grantCheckObjects(this.collect.role, data, PREFIXES.extracted);
    grantWriteObjects(this.collect.role, data, PREFIXES.extracted);
    grantReadWriteTable(this.collect.role, data);
    this.grantTextract(this.collect, ['textract:GetDocumentTextDetection']);

    this.completions = new WorkQueue(this, 'Completions', {
      visibilityTimeout: Duration.minutes(12),
      maxReceiveCount: 10,
    });
    this.textractTopic.addSubscription(
      new subscriptions.SqsSubscription(this.completions.queue, {
        deadLetterQueue: this.completions.deadLetterQueue,
      }),
    );
    this.collect.fn.addEventSource(
      new SqsEventSource(this.completions.queue, { batchSize: 5, reportBatchItemFailures: true }),
    );
  }

  /** Textract actions have no resource-level permissions; kept in their own policy so the exception is visible. */
  private grantTextract(fn: SohoaFunction, actions: string[]): void {
    const policy = new iam.Policy(fn, 'TextractPolicy', {
      statements: [new iam.PolicyStatement({ actions, resources: ['*'] })],
    });
    fn.role.attachInlinePolicy(policy);
    Validations.of(policy).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason: `Amazon Textract ${actions.join(', ')} do not support resource-level permissions; S3 access is limited by the role's own S3 statements.`,
    });
  }
}
