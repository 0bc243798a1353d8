/**
 * The pipeline reconciler in AWS: EventBridge Scheduler (every 15 minutes) → `reconcile`, which finds
 * documents not terminal past their deadline and re-emits their object event into the work queue, polls
 * their Textract job, or ends them `rejected` with a reason. Its role reads the table's status index and
 * writes document records, checks objects (HeadObject) and writes collected text under `extracted/`, sends
 * to the two work queues and reads Textract jobs; the scheduler's role only invokes it.
 */
import { Duration, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as scheduler from 'aws-cdk-lib/aws-scheduler';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { SohoaConfig } from '../config.ts';
import { type DataStores, grantCheckObjects, grantReadWriteTable, grantWriteObjects } from '../grants.ts';
import { PREFIXES } from '../prefixes.ts';
import { scheduleTarget } from './schedule-target.ts';
import { SohoaFunction } from './sohoa-function.ts';

/** How often a pass runs; the shortest deadline it applies is 30 minutes (reconcile-pipeline.ts). */
export const RECONCILE_SCHEDULE = 'rate(15 minutes)';

export interface PipelineReconcilerProps {
  readonly config: SohoaConfig;
  readonly data: DataStores;
  readonly environment: Record<string, string>;
  /** extract's queue (objects under incoming/) and classify's (objects under extracted/). */
  readonly incomingQueue: sqs.IQueue;
  readonly extractedQueue: sqs.IQueue;
}

export class PipelineReconciler extends Construct {
  readonly reconcile: SohoaFunction;
  readonly deadLetterQueue: sqs.Queue;
  readonly schedulerRole: iam.Role;

  constructor(scope: Construct, id: string, props: PipelineReconcilerProps) {
    super(scope, id);
    const { config, data } = props;

    this.reconcile = new SohoaFunction(this, 'Reconcile', {
      name: 'reconcile',
      description: 'sohoa: re-drive or reject documents stuck past their deadline',
      environment: {
        ...props.environment,
        INCOMING_QUEUE_URL: props.incomingQueue.queueUrl,
        EXTRACTED_QUEUE_URL: props.extractedQueue.queueUrl,
      },
      config,
      memorySize: 512,
      timeout: Duration.minutes(10),
      // One pass at a time: two concurrent passes would only re-emit the same events twice.
      reservedConcurrentExecutions: 1,
    });
    const role = this.reconcile.role;
    grantReadWriteTable(role, data);
    grantCheckObjects(role, data, PREFIXES.incoming);
    grantCheckObjects(role, data, PREFIXES.extracted);
    // A polled Textract job that finished is collected into extracted/, as textract-collect would.
    grantWriteObjects(role, data, PREFIXES.extracted);
    role.addToPrincipalPolicy(
      new iam.PolicyStatement({
        actions: ['sqs:SendMessage'],
        resources: [props.incomingQueue.queueArn, props.extractedQueue.queueArn],
      }),
    );
    const textract = new iam.Policy(this.reconcile, 'TextractPolicy', {
      statements: [new iam.PolicyStatement({ actions: ['textract:GetDocumentTextDetection'], resources: ['*'] })],
    });
    role.attachInlinePolicy(textract);
    Validations.of(textract).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason:
        'Amazon Textract GetDocumentTextDetection does not support resource-level permissions; it only reads the results of jobs this account started.',
    });

    const target = scheduleTarget(this, this.reconcile.fn, 'reconcile');
    this.deadLetterQueue = target.deadLetterQueue;
    this.schedulerRole = target.role;

    new scheduler.CfnSchedule(this, 'Schedule', {
      description: 'sohoa pipeline reconciler',
      scheduleExpression: RECONCILE_SCHEDULE,
      flexibleTimeWindow: { mode: 'OFF' },
      state: 'ENABLED',
      target: {
        arn: this.reconcile.fn.functionArn,
        roleArn: this.schedulerRole.roleArn,
        input: JSON.stringify({ schedule: 'reconcile' }),
        deadLetterConfig: { arn: this.deadLetterQueue.queueArn },
        // A missed pass is covered by the next one a quarter of an hour later.
        retryPolicy: { maximumRetryAttempts: 1, maximumEventAgeInSeconds: 600 },
      },
    });
  }
}
