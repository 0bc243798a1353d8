/**
 * `extracted/` object created → SQS → `classify`: document type, fields and validity into DynamoDB.
 * classify writes no objects, so it can never trigger itself.
 */
import { Duration } from 'aws-cdk-lib';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import type { SohoaConfig } from '../config.ts';
import { type DataStores, grantReadObjects, grantReadWriteTable } from '../grants.ts';
import { PREFIXES } from '../prefixes.ts';
import { SohoaFunction } from './sohoa-function.ts';
import { WorkQueue } from './work-queue.ts';

export interface ClassificationProps {
  readonly config: SohoaConfig;
  readonly data: DataStores;
  readonly bucket: s3.IBucket;
  readonly environment: Record<string, string>;
}

export class Classification extends Construct {
  readonly extracted: WorkQueue;
  readonly classify: SohoaFunction;

  constructor(scope: Construct, id: string, props: ClassificationProps) {
    super(scope, id);
    const { config, data } = props;
    const timeout = Duration.minutes(1);

    this.classify = new SohoaFunction(this, 'Classify', {
      name: 'classify',
      description: 'sohoa: classify extracted text into a document record',
      environment: props.environment,
      config,
      memorySize: 512,
      timeout,
    });
    grantReadObjects(this.classify.role, data, PREFIXES.extracted);
    grantReadWriteTable(this.classify.role, data);

    this.extracted = new WorkQueue(this, 'Extracted', {
      visibilityTimeout: Duration.seconds(timeout.toSeconds() * 6),
      maxReceiveCount: 5,
    });
    props.bucket.addEventNotification(s3.EventType.OBJECT_CREATED, this.extracted.objectEvents(), {
      prefix: PREFIXES.extracted,
    });
    this.classify.fn.addEventSource(
      new SqsEventSource(this.extracted.queue, { batchSize: 10, reportBatchItemFailures: true }),
    );
  }
}
