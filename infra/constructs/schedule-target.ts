/**
 * What an EventBridge Scheduler schedule needs to invoke one function: a dead-letter queue for the runs it
 * could not deliver, and a role (assumed by Scheduler for this account only) that may only invoke that
 * function and write to that queue. Created directly in `scope` (ids `ScheduleDeadLetters` and
 * `SchedulerRole`), so the logical ids are those of the construct that asks.
 */
import { Duration, Stack, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { QUEUE_RETENTION_SECONDS } from '#shared/domain/upload-rules.ts';

export interface ScheduleTarget {
  readonly deadLetterQueue: sqs.Queue;
  readonly role: iam.Role;
}

/** `name` is the function's short name (`report`, `reconcile`), for the role's description and the nag note. */
export function scheduleTarget(scope: Construct, fn: lambda.IFunction, name: string): ScheduleTarget {
  const deadLetterQueue = new sqs.Queue(scope, 'ScheduleDeadLetters', {
    encryption: sqs.QueueEncryption.SQS_MANAGED,
    enforceSSL: true,
    retentionPeriod: Duration.seconds(QUEUE_RETENTION_SECONDS),
  });
  Validations.of(deadLetterQueue).acknowledge({
    id: 'AwsSolutions-SQS3',
    reason: `This queue is itself a dead-letter queue: EventBridge Scheduler sends the ${name} runs it could not deliver here.`,
  });

  const role = new iam.Role(scope, 'SchedulerRole', {
    assumedBy: new iam.ServicePrincipal('scheduler.amazonaws.com', {
      conditions: { StringEquals: { 'aws:SourceAccount': Stack.of(scope).account } },
    }),
    description: `EventBridge Scheduler: invoke the sohoa ${name} function`,
  });
  role.addToPrincipalPolicy(
    new iam.PolicyStatement({ actions: ['lambda:InvokeFunction'], resources: [fn.functionArn] }),
  );
  role.addToPrincipalPolicy(
    new iam.PolicyStatement({ actions: ['sqs:SendMessage'], resources: [deadLetterQueue.queueArn] }),
  );
  return { deadLetterQueue, role };
}
