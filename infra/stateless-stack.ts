/**
 * Everything that can be torn down and redeployed without losing data, one construct per concern in
 * data-flow order: UploadApi → Ingestion → Classification → Reporting → PipelineReconciler → Monitoring.
 */
import { type CfnElement, CfnOutput, Fn, RemovalPolicy, Stack, type StackProps, Tags, Validations } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as cr from 'aws-cdk-lib/custom-resources';
import type { Construct } from 'constructs';
import type { SohoaConfig } from './config.ts';
import { Classification } from './constructs/classification.ts';
import { DocumentsCors } from './constructs/documents-cors.ts';
import { Ingestion } from './constructs/ingestion.ts';
import { Monitoring } from './constructs/monitoring.ts';
import { PipelineReconciler } from './constructs/pipeline-reconciler.ts';
import { Reporting } from './constructs/reporting.ts';
import { UploadApi } from './constructs/upload-api.ts';
import { bucketOrigin, WebApp } from './constructs/web-app.ts';
import type { DataStores } from './grants.ts';
import { DATA_KEY_USER_TAG, type DataExports, KEY_ADMIN_ACTIONS } from './stateful-stack.ts';
import type { PublishedWebAcl } from './web-acl-stack.ts';

export interface StatelessStackProps extends StackProps {
  readonly config: SohoaConfig;
  /** Export names of the stateful stack (bucket, table, key). */
  readonly data: DataExports;
  /** The built web app (infra/web-dist.ts). */
  readonly webDist: string;
  /** Where the SohoaWebAcl stack publishes its ARN (read unless web.webAclArn or web.webAcl false says otherwise). */
  readonly publishedWebAcl: PublishedWebAcl;
}

export class StatelessStack extends Stack {
  readonly uploadApi: UploadApi;
  readonly ingestion: Ingestion;
  readonly classification: Classification;
  readonly reporting: Reporting;
  readonly reconciler: PipelineReconciler;
  readonly monitoring: Monitoring;
  readonly web: WebApp;
  readonly documentsCors: DocumentsCors;

  constructor(scope: Construct, id: string, props: StatelessStackProps) {
    super(scope, id, props);
    const { config } = props;
    const key = kms.Key.fromKeyArn(this, 'DataKey', Fn.importValue(props.data.keyArn));
    // S3 notifications are configured from this stack on the imported bucket, so the stateful stack never
    // depends on the queues here (which would make the two stacks depend on each other).
    const bucket = s3.Bucket.fromBucketAttributes(this, 'Documents', {
      bucketArn: Fn.importValue(props.data.bucketArn),
      bucketName: Fn.importValue(props.data.bucketName),
      encryptionKey: key,
    });
    const table = dynamodb.Table.fromTableAttributes(this, 'Table', {
      tableArn: Fn.importValue(props.data.tableArn),
      encryptionKey: key,
    });
    const data: DataStores = { bucket, table, key };
    // No blanket kms:* for the account (as for the data key): the account administers it; Textract's publishing
    // role may use it through SNS (below) and CloudWatch alarms through their own statement (monitoring.ts).
    // The functions never touch it: the completion queue behind the topic is SQS-managed.
    const messagingKey = new kms.Key(this, 'MessagingKey', {
      description: 'sohoa: encrypts the Textract completion topic and the alarm topic',
      enableKeyRotation: true,
      policy: new iam.PolicyDocument({
        statements: [
          new iam.PolicyStatement({
            sid: 'KeyAdministration',
            principals: [new iam.AccountRootPrincipal()],
            actions: KEY_ADMIN_ACTIONS,
            resources: ['*'],
          }),
        ],
      }),
    });

    const environment = {
      TABLE_NAME: Fn.importValue(props.data.tableName),
      BUCKET_NAME: bucket.bucketName,
      OCR_ENGINE: config.ocrEngine,
      MAX_UPLOAD_BYTES: String(config.maxUploadBytes),
    };

    this.uploadApi = new UploadApi(this, 'UploadApi', { config, data, environment });
    this.ingestion = new Ingestion(this, 'Ingestion', { config, data, bucket, messagingKey, environment });
    messagingKey.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'TextractPublishingRole',
        principals: [new iam.ArnPrincipal(this.ingestion.textractRole.roleArn)],
        actions: ['kms:GenerateDataKey', 'kms:Decrypt'],
        resources: ['*'],
        conditions: { StringEquals: { 'kms:ViaService': `sns.${this.region}.amazonaws.com` } },
      }),
    );
    this.classification = new Classification(this, 'Classification', { config, data, bucket, environment });
    this.reporting = new Reporting(this, 'Reporting', {
      config,
      data,
      environment: { TABLE_NAME: environment.TABLE_NAME, BUCKET_NAME: environment.BUCKET_NAME },
    });
    this.reconciler = new PipelineReconciler(this, 'Reconciler', {
      config,
      data,
      environment: { TABLE_NAME: environment.TABLE_NAME, BUCKET_NAME: environment.BUCKET_NAME },
      incomingQueue: this.ingestion.incoming.queue,
      extractedQueue: this.classification.extracted.queue,
    });
    const functions = {
      Api: this.uploadApi.handler,
      Route: this.ingestion.route,
      Sheets: this.uploadApi.sheets,
      PreToken: this.uploadApi.preToken,
      Extract: this.ingestion.extract,
      TextractCollect: this.ingestion.collect,
      Classify: this.classification.classify,
      Report: this.reporting.report,
      Reconcile: this.reconciler.reconcile,
    };
    // Every function but route (it only moves messages between two SSE-SQS queues) reads or writes the table
    // or the bucket: the data key's policy lets exactly these roles use it.
    for (const [name, fn] of Object.entries(functions)) {
      if (name !== 'Route') Tags.of(fn.role).add(DATA_KEY_USER_TAG, 'true');
    }

    // One log group for the one function behind every AwsCustomResource here (web ACL ARN, documents CORS).
    const sdkCallLogGroup = new logs.LogGroup(this, 'SdkCallLogs', {
      retention: config.logRetentionDays as logs.RetentionDays,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.web = new WebApp(this, 'Web', {
      config,
      distDir: props.webDist,
      api: this.uploadApi.api,
      oidcIssuer: this.uploadApi.oidcIssuer,
      clientId: this.uploadApi.client.userPoolClientId,
      signInDomain: this.uploadApi.domain.baseUrl(),
      documentsOrigin: bucketOrigin(bucket.bucketName, this),
      publishedWebAcl: props.publishedWebAcl,
      sdkCallLogGroup,
    });
    // Sign-in comes back to the distribution (and to the configured URLs, e.g. a custom domain's).
    this.uploadApi.allowWebApp(this.web.url);
    // Browser uploads go straight to the bucket: its CORS names the distribution, known only here.
    this.documentsCors = new DocumentsCors(this, 'DocumentsCors', {
      bucket,
      origins: [this.web.origin, ...config.allowedOrigins],
      logGroup: sdkCallLogGroup,
    });
    for (const [key, value] of [
      ['WebUrl', this.web.url],
      ['WebOrigin', this.web.origin],
      ['DistributionId', this.web.distribution.distributionId],
    ] as const) {
      new CfnOutput(this, key, { value }).overrideLogicalId(key);
    }

    this.monitoring = new Monitoring(this, 'Monitoring', {
      functions,
      deadLetterQueues: {
        Intake: this.ingestion.intake.deadLetterQueue,
        Incoming: this.ingestion.incoming.deadLetterQueue,
        TextractCompletions: this.ingestion.completions.deadLetterQueue,
        Extracted: this.classification.extracted.deadLetterQueue,
        ReportSchedule: this.reporting.deadLetterQueue,
        ReconcileSchedule: this.reconciler.deadLetterQueue,
      },
      workQueues: {
        Intake: this.ingestion.intake.queue,
        Incoming: this.ingestion.incoming.queue,
        TextractCompletions: this.ingestion.completions.queue,
        Extracted: this.classification.extracted.queue,
      },
      messagingKey,
      alarmEmail: config.alarmEmail,
    });

    this.acknowledgeCdkNotificationHandler();
    this.encryptLogGroups(key);
    this.acknowledgeCdkBucketDeployment();
    this.acknowledgeCdkAwsCustomResource();
  }

  /** The CDK's own singleton function behind AwsCustomResource (the documents bucket's CORS, the web ACL ARN). */
  private acknowledgeCdkAwsCustomResource(): void {
    const handler = this.node.tryFindChild(`AWS${cr.AwsCustomResource.PROVIDER_FUNCTION_UUID.replace(/-/g, '')}`);
    if (!handler) return;
    Validations.of(handler).acknowledge({
      id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
      reason:
        'CDK-provided AwsCustomResource handler (aws-cdk-lib): its role is fixed by aws-cdk-lib; besides its own logs it may only call s3:PutBucketCORS on the documents bucket (infra/constructs/documents-cors.ts) and ssm:GetParameter on the web ACL ARN parameter (infra/constructs/web-acl-arn.ts).',
    });
  }

  /** The CDK's own singleton function behind BucketDeployment (the web app's files and config.json). */
  private acknowledgeCdkBucketDeployment(): void {
    const handler = this.node.children.find((child) => child.node.id.startsWith('Custom::CDKBucketDeployment'));
    if (!handler) return;
    const reason =
      'CDK-provided BucketDeployment handler (aws-cdk-lib): copies the built web app and config.json into the site bucket at deploy time; its role, runtime and policies are fixed by aws-cdk-lib.';
    const site = this.getLogicalId(this.web.bucket.node.defaultChild as CfnElement);
    for (const id of [
      'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
      'AwsSolutions-L1',
      ...['s3:Abort*', 's3:DeleteObject*', 's3:GetBucket*', 's3:GetObject*', 's3:List*'].map(
        (action) => `AwsSolutions-IAM5[Action::${action}]`,
      ),
      'AwsSolutions-IAM5[Resource::*]',
      `AwsSolutions-IAM5[Resource::<${site}.Arn>/*]`,
      'AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:s3:::cdk-hnb659fds-assets-<AWS::AccountId>-<AWS::Region>/*]',
    ]) {
      Validations.of(handler).acknowledge({ id, reason });
    }
  }

  /**
   * Every log group of this stack (functions, API access logs) is encrypted with the data key, whose policy
   * lets CloudWatch Logs use it for this stack's groups only. Done here, once, so a log group added later in
   * any construct is covered too (test/infra asserts none is left out).
   */
  private encryptLogGroups(key: kms.IKey): void {
    for (const child of this.node.findAll()) {
      if (child instanceof logs.CfnLogGroup) child.kmsKeyId = key.keyArn;
    }
  }

  /**
   * The CDK's own singleton function that applies bucket notifications (created by addEventNotification).
   * We cannot change its role, so its findings are acknowledged here, next to it.
   */
  private acknowledgeCdkNotificationHandler(): void {
    const handler = this.node.children.find((child) => child.node.id.startsWith('BucketNotificationsHandler'));
    if (!handler) return;
    Validations.of(handler).acknowledge({
      id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
      reason: 'CDK-provided BucketNotificationsHandler: its role is fixed by aws-cdk-lib and only writes its own logs.',
    });
  }
}
