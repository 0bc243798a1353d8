/**
 * Nothing is dropped silently: an alarm on every dead-letter queue, on every function's errors and
 * throttles, on Textract throttling and client errors, on a stuck ingestion backlog, on overdue documents
 * and on the reconciler's overdue gauge going silent; one dashboard; one encrypted alarm topic with an
 * optional e-mail subscription.
 */
import { Duration, Stack } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as actions from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { OVERDUE_AFTER_HOURS } from '#shared/domain/document-status.ts';
import {
  EXTRACT_SERVICE,
  MISSING_SESSION_METRIC,
  OVERDUE_DOCUMENTS_METRIC,
  PIPELINE_METRICS_NAMESPACE,
  type PipelineMetricsService,
  pipelineMetricDimensions,
  RECONCILE_SERVICE,
} from '#shared/events/metrics.ts';
import type { SohoaFunction } from './sohoa-function.ts';

/** Textract operations sohoa calls; the AWS/Textract metrics carry an `Operation` dimension. */
export const TEXTRACT_OPERATIONS = [
  'DetectDocumentText',
  'StartDocumentTextDetection',
  'GetDocumentTextDetection',
] as const;

export interface MonitoringProps {
  readonly functions: Record<string, SohoaFunction>;
  readonly deadLetterQueues: Record<string, sqs.IQueue>;
  /** Work queues whose oldest message age shows a stuck stage. */
  readonly workQueues: Record<string, sqs.IQueue>;
  readonly messagingKey: kms.Key;
  readonly alarmEmail: string | null;
}

export class Monitoring extends Construct {
  readonly topic: sns.Topic;
  readonly dashboard: cloudwatch.Dashboard;
  readonly alarms: cloudwatch.Alarm[] = [];

  constructor(scope: Construct, id: string, props: MonitoringProps) {
    super(scope, id);
    const { messagingKey } = props;

    this.topic = new sns.Topic(this, 'AlarmTopic', { masterKey: messagingKey, enforceSSL: true });
    // CloudWatch publishes alarm notifications to the encrypted topic with this key.
    messagingKey.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'CloudWatchAlarms',
        principals: [new iam.ServicePrincipal('cloudwatch.amazonaws.com')],
        actions: ['kms:Decrypt', 'kms:GenerateDataKey'],
        resources: ['*'],
        conditions: {
          StringEquals: { 'aws:SourceAccount': Stack.of(this).account },
          ArnLike: {
            'aws:SourceArn': `arn:${Stack.of(this).partition}:cloudwatch:${Stack.of(this).region}:${Stack.of(this).account}:alarm:*`,
          },
        },
      }),
    );
    if (props.alarmEmail) this.topic.addSubscription(new subscriptions.EmailSubscription(props.alarmEmail));
    const notify = new actions.SnsAction(this.topic);

    /** By default: at least `threshold` in one period, and no data is no trouble. */
    const alarm = (
      alarmId: string,
      metric: cloudwatch.IMetric,
      description: string,
      threshold = 1,
      options: Partial<
        Pick<cloudwatch.AlarmProps, 'comparisonOperator' | 'evaluationPeriods' | 'treatMissingData'>
      > = {},
    ) => {
      const created = new cloudwatch.Alarm(this, alarmId, {
        metric,
        threshold,
        evaluationPeriods: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
        alarmDescription: description,
        ...options,
      });
      created.addAlarmAction(notify);
      this.alarms.push(created);
      return created;
    };
    const fiveMinutes = Duration.minutes(5);

    for (const [name, queue] of Object.entries(props.deadLetterQueues)) {
      alarm(
        `${name}DeadLetters`,
        queue.metricApproximateNumberOfMessagesVisible({ period: fiveMinutes, statistic: 'Maximum' }),
        `Messages in the ${name} dead-letter queue: inspect them, fix the cause, then redrive.`,
      );
    }
    for (const [name, queue] of Object.entries(props.workQueues)) {
      alarm(
        `${name}Backlog`,
        queue.metricApproximateAgeOfOldestMessage({ period: fiveMinutes, statistic: 'Maximum' }),
        `The oldest ${name} message waits for over an hour: the stage is stuck or throttled.`,
        3600,
      );
    }
    for (const [name, fn] of Object.entries(props.functions)) {
      alarm(`${name}Errors`, fn.fn.metricErrors({ period: fiveMinutes, statistic: 'Sum' }), `${name} function errors.`);
      alarm(
        `${name}Throttles`,
        fn.fn.metricThrottles({ period: fiveMinutes, statistic: 'Sum' }),
        `${name} function throttled (reserved concurrency or account limit).`,
      );
    }
    // A metric is the namespace, the name and the exact dimensions it is written with: those of the function's
    // Powertools Metrics (shared/events/metrics.ts), or the alarm watches a metric nobody writes.
    const pipelineMetric = (service: PipelineMetricsService, metricName: string) =>
      new cloudwatch.Metric({
        namespace: PIPELINE_METRICS_NAMESPACE,
        metricName,
        dimensionsMap: pipelineMetricDimensions(service),
        period: fiveMinutes,
        statistic: 'Sum',
      });
    alarm(
      'MissingUploadSessions',
      pipelineMetric(EXTRACT_SERVICE, MISSING_SESSION_METRIC),
      'An uploaded object has no upload session: its document cannot be processed (see the extract logs).',
    );
    // A gauge the reconciler writes every 15 minutes: any document still not terminal hours after its upload
    // is one the pipeline and the reconciler could not finish (a DLQ'd event that keeps failing, a dead job).
    const overdueGauge = pipelineMetric(RECONCILE_SERVICE, OVERDUE_DOCUMENTS_METRIC).with({
      period: Duration.minutes(30),
      statistic: 'Maximum',
    });
    alarm(
      'OverdueDocuments',
      overdueGauge,
      `Documents still not terminal ${OVERDUE_AFTER_HOURS} hours after their upload: see the reconcile function's logs (sohoa reconcile --pipeline lists them).`,
    );
    // The alarm above cannot tell "none overdue" from "nobody counted": if the gauge stops (schedule disabled,
    // scheduler role broken, reconcile failing before it logs), this one says so. Two empty half hours, so a
    // missed pass or two (the next one comes 15 minutes later) is no page; missing data is the breach.
    alarm(
      'OverdueGaugeMissing',
      overdueGauge.with({ statistic: 'SampleCount' }),
      `The reconciler has written no ${OVERDUE_DOCUMENTS_METRIC} gauge for an hour (it runs every 15 minutes): overdue documents would go unnoticed. Check the reconcile schedule, the ReconcileSchedule dead-letter queue and the reconcile function's logs.`,
      1,
      {
        comparisonOperator: cloudwatch.ComparisonOperator.LESS_THAN_THRESHOLD,
        evaluationPeriods: 2,
        treatMissingData: cloudwatch.TreatMissingData.BREACHING,
      },
    );
    const textractMetric = (metricName: string, operation: string) =>
      new cloudwatch.Metric({
        namespace: 'AWS/Textract',
        metricName,
        dimensionsMap: { Operation: operation },
        period: fiveMinutes,
        statistic: 'Sum',
      });
    for (const operation of TEXTRACT_OPERATIONS) {
      alarm(
        `Textract${operation}Throttled`,
        textractMetric('ThrottledCount', operation),
        `Textract ${operation} throttled: lower extractConcurrency or raise the Textract TPS quota.`,
        10,
      );
      alarm(
        `Textract${operation}UserErrors`,
        textractMetric('UserErrorCount', operation),
        `Textract ${operation} rejected requests (4xx: unsupported file, permissions).`,
        5,
      );
    }

    this.dashboard = new cloudwatch.Dashboard(this, 'Dashboard', { defaultInterval: Duration.days(1) });
    this.dashboard.addWidgets(
      new cloudwatch.GraphWidget({
        title: 'Queue depth',
        width: 12,
        left: Object.entries(props.workQueues).map(([name, queue]) =>
          queue.metricApproximateNumberOfMessagesVisible({ label: name, period: fiveMinutes }),
        ),
      }),
      new cloudwatch.GraphWidget({
        title: 'Dead letters',
        width: 12,
        left: Object.entries(props.deadLetterQueues).map(([name, queue]) =>
          queue.metricApproximateNumberOfMessagesVisible({ label: name, period: fiveMinutes }),
        ),
      }),
    );
    this.dashboard.addWidgets(
      new cloudwatch.GraphWidget({
        title: 'Function errors',
        width: 8,
        left: Object.entries(props.functions).map(([name, fn]) =>
          fn.fn.metricErrors({ label: name, period: fiveMinutes, statistic: 'Sum' }),
        ),
      }),
      new cloudwatch.GraphWidget({
        title: 'Function duration (p90)',
        width: 8,
        left: Object.entries(props.functions).map(([name, fn]) =>
          fn.fn.metricDuration({ label: name, period: fiveMinutes, statistic: 'p90' }),
        ),
      }),
      new cloudwatch.GraphWidget({
        title: 'Textract',
        width: 8,
        left: TEXTRACT_OPERATIONS.map((op) => textractMetric('SuccessfulRequestCount', op).with({ label: `${op} ok` })),
        right: TEXTRACT_OPERATIONS.map((op) => textractMetric('ThrottledCount', op).with({ label: `${op} throttled` })),
      }),
    );
    this.dashboard.addWidgets(new cloudwatch.AlarmStatusWidget({ title: 'Alarms', width: 24, alarms: this.alarms }));
  }
}
