/**
 * The scheduled compliance report: EventBridge Scheduler (Vietnam time) → `report` → SES + a copy under
 * `reports/`. The scheduler's role may only invoke this function and write to its DLQ.
 */
import { resolve } from 'node:path';
import { Duration, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as scheduler from 'aws-cdk-lib/aws-scheduler';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { isPolicyFile, type SohoaConfig } from '../config.ts';
import { type DataStores, grantReadTable, grantWriteObjects } from '../grants.ts';
import { PREFIXES } from '../prefixes.ts';
import { scheduleTarget } from './schedule-target.ts';
import { SohoaFunction } from './sohoa-function.ts';

export const REPORT_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/**
 * What each schedule sends to the report function: the period that has just ended (a monthly run on the
 * 1st reports the previous month; the annual run in January reports the previous year), counted from the
 * scheduled time that Scheduler substitutes, so a retried or late delivery reports the same period.
 */
const SCHEDULED_TIME = '<aws.scheduler.scheduled-time>';
export const SCHEDULE_INPUTS = {
  monthly: { schedule: 'monthly', period: 'month', which: 'previous', scheduledTime: SCHEDULED_TIME },
  annual: { schedule: 'annual', period: 'year', which: 'previous', scheduledTime: SCHEDULED_TIME },
} as const;

/**
 * How a function gets the target policy: a built-in id as is, or a policy file copied next to the bundle
 * (/var/task is the function's directory on Lambda).
 */
export function targetPolicyBundle(config: SohoaConfig): {
  env: string;
  extraFiles: readonly (readonly [string, string])[];
} {
  if (!isPolicyFile(config.targetPolicy)) return { env: config.targetPolicy, extraFiles: [] };
  return { env: '/var/task/target-policy.json', extraFiles: [[resolve(config.targetPolicy), 'target-policy.json']] };
}

export interface ReportingProps {
  readonly config: SohoaConfig;
  readonly data: DataStores;
  readonly environment: Record<string, string>;
}

export class Reporting extends Construct {
  readonly report: SohoaFunction;
  readonly deadLetterQueue: sqs.Queue;
  readonly schedulerRole: iam.Role;

  constructor(scope: Construct, id: string, props: ReportingProps) {
    super(scope, id);
    const { config, data } = props;
    const stack = Stack.of(this);

    const policy = targetPolicyBundle(config);
    this.report = new SohoaFunction(this, 'Report', {
      name: 'report',
      description: 'sohoa: compliance report e-mails (HTML, XLSX, chart)',
      environment: {
        ...props.environment,
        MAIL_FROM: config.senderEmail,
        REPORT_RECIPIENTS: config.summaryRecipients.join(','),
        PROVINCE_NAME: config.provinceName,
        TARGET_POLICY: policy.env,
      },
      config,
      memorySize: 1024,
      timeout: Duration.minutes(5),
      extraFiles: policy.extraFiles,
    });
    grantReadTable(this.report.role, data, { scan: true });
    grantWriteObjects(this.report.role, data, PREFIXES.reports);
    // In the SES sandbox the recipients are identities too, and sending is authorized against them as well.
    const identities = [config.sesIdentity, ...config.summaryRecipients].map((identity) =>
      stack.formatArn({ service: 'ses', resource: 'identity', resourceName: identity }),
    );
    this.report.role.addToPrincipalPolicy(
      new iam.PolicyStatement({ actions: ['ses:SendEmail', 'ses:SendRawEmail'], resources: identities }),
    );

    const target = scheduleTarget(this, this.report.fn, 'report');
    this.deadLetterQueue = target.deadLetterQueue;
    this.schedulerRole = target.role;

    for (const [name, expression] of Object.entries(config.schedules) as [keyof typeof SCHEDULE_INPUTS, string][]) {
      new scheduler.CfnSchedule(this, name === 'monthly' ? 'Monthly' : 'Annual', {
        description: `sohoa ${name} compliance report`,
        scheduleExpression: expression,
        scheduleExpressionTimezone: REPORT_TIME_ZONE,
        flexibleTimeWindow: { mode: 'OFF' },
        state: 'ENABLED',
        target: {
          arn: this.report.fn.functionArn,
          roleArn: this.schedulerRole.roleArn,
          input: JSON.stringify(SCHEDULE_INPUTS[name]),
          deadLetterConfig: { arn: this.deadLetterQueue.queueArn },
          retryPolicy: { maximumRetryAttempts: 3, maximumEventAgeInSeconds: 3600 },
        },
      });
    }
  }
}
