/**
 * What must survive every redeploy: the documents bucket, the table and the key that encrypts both.
 * Retained on stack deletion, with termination protection.
 */
import { CfnOutput, Duration, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';
import { TABLE_KEYS } from '#shared/adapters/dynamodb/table.ts';
import type { SohoaConfig } from './config.ts';
import { PREFIXES } from './prefixes.ts';

export interface StatefulStackProps extends StackProps {
  readonly config: SohoaConfig;
  /**
   * Name of the stack whose log groups the data key encrypts (the stateless stack): CloudFormation names
   * them `<stack>-<logicalId>-<suffix>`, and the key lets CloudWatch Logs use it for those groups only.
   */
  readonly logGroupsOfStack: string;
}

/**
 * The tag (value `true`) on the roles that may use the data key: the sohoa functions' roles. The key policy
 * delegates its use to IAM only for principals carrying it, so an IAM administrator's own policies
 * (AdministratorAccess, `kms:*` on `*`) no longer decrypt the scans.
 */
export const DATA_KEY_USER_TAG = 'sohoa:data-key-user';

/** What administering the key needs (CDK's admin list without kms:CreateGrant: a grant is a way to use it). */
export const KEY_ADMIN_ACTIONS = [
  'kms:CreateAlias',
  'kms:Describe*',
  'kms:Enable*',
  'kms:List*',
  'kms:Put*',
  'kms:Update*',
  'kms:Revoke*',
  'kms:Disable*',
  'kms:Get*',
  'kms:Delete*',
  'kms:TagResource',
  'kms:UntagResource',
  'kms:ScheduleKeyDeletion',
  'kms:CancelKeyDeletion',
  'kms:RotateKeyOnDemand',
];

/**
 * The data key's policy, statement by statement (no blanket `kms:*` for the account):
 * - the account may administer the key (and so change this policy: a deliberate, CloudTrail-logged act);
 * - the roles tagged DATA_KEY_USER_TAG may use it, still only as far as their IAM policies allow (grants.ts);
 * - DynamoDB may use it for callers in this account (AWS's own policy for table keys: CloudFormation creates
 *   and updates the table through it, and reading items still needs DynamoDB permissions on the table);
 * - CloudWatch Logs may use it for the stateless stack's log groups only (encryption-context condition).
 */
function dataKeyPolicy(stack: Stack, logGroupsOfStack: string): iam.PolicyDocument {
  const account = new iam.AccountRootPrincipal();
  const { region, partition, account: accountId } = stack;
  return new iam.PolicyDocument({
    statements: [
      new iam.PolicyStatement({
        sid: 'KeyAdministration',
        principals: [account],
        actions: KEY_ADMIN_ACTIONS,
        resources: ['*'],
      }),
      new iam.PolicyStatement({
        sid: 'SohoaFunctionRoles',
        principals: [account],
        actions: ['kms:Decrypt', 'kms:Encrypt', 'kms:GenerateDataKey', 'kms:DescribeKey'],
        resources: ['*'],
        conditions: { StringEquals: { [`aws:PrincipalTag/${DATA_KEY_USER_TAG}`]: 'true' } },
      }),
      new iam.PolicyStatement({
        sid: 'DynamoDBTable',
        principals: [account],
        actions: [
          'kms:Encrypt',
          'kms:Decrypt',
          'kms:ReEncrypt*',
          'kms:GenerateDataKey*',
          'kms:CreateGrant',
          'kms:DescribeKey',
        ],
        resources: ['*'],
        conditions: {
          StringEquals: { 'kms:ViaService': `dynamodb.${region}.amazonaws.com`, 'kms:CallerAccount': accountId },
        },
      }),
      new iam.PolicyStatement({
        sid: 'CloudWatchLogsOfTheStatelessStack',
        principals: [new iam.ServicePrincipal(`logs.${region}.amazonaws.com`)],
        actions: ['kms:Encrypt*', 'kms:Decrypt*', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:Describe*'],
        resources: ['*'],
        conditions: {
          ArnLike: {
            'kms:EncryptionContext:aws:logs:arn': `arn:${partition}:logs:${region}:${accountId}:log-group:${logGroupsOfStack}-*`,
          },
        },
      }),
    ],
  });
}

/**
 * Names of the stateful stack's exports. The stateless stack imports them by name (Fn::ImportValue), so
 * the references are explicit, stable across refactors, and rendered the same in every cdk-nag finding.
 */
export interface DataExports {
  readonly bucketArn: string;
  readonly bucketName: string;
  readonly tableArn: string;
  readonly tableName: string;
  readonly keyArn: string;
}

export class StatefulStack extends Stack {
  readonly exports: DataExports;
  readonly dataKey: kms.Key;
  readonly documents: s3.Bucket;
  readonly accessLogs: s3.Bucket;
  readonly table: dynamodb.Table;

  constructor(scope: Construct, id: string, props: StatefulStackProps) {
    super(scope, id, { terminationProtection: true, ...props });
    const { config } = props;

    this.dataKey = new kms.Key(this, 'DataKey', {
      description: 'sohoa: encrypts uploaded documents, extracted text, reports and the table',
      enableKeyRotation: true,
      policy: dataKeyPolicy(this, props.logGroupsOfStack),
      removalPolicy: RemovalPolicy.RETAIN,
    });

    // S3 server access logs can only be delivered to an SSE-S3 bucket, not SSE-KMS.
    this.accessLogs = new s3.Bucket(this, 'AccessLogs', {
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      versioned: true,
      lifecycleRules: [
        { expiration: Duration.days(730), noncurrentVersionExpiration: Duration.days(30) },
        { abortIncompleteMultipartUploadAfter: Duration.days(1) },
      ],
      removalPolicy: RemovalPolicy.RETAIN,
    });

    const lifecycleRules: s3.LifecycleRule[] = [
      { id: 'abort-incomplete-multipart', abortIncompleteMultipartUploadAfter: Duration.days(1) },
      // Re-written objects (re-extraction, re-sent reports) keep their old versions for a while, then go.
      { id: 'expire-old-versions', noncurrentVersionExpiration: Duration.days(90) },
    ];
    if (config.archiveOriginalsAfterDays !== null) {
      lifecycleRules.push({
        id: 'archive-originals',
        prefix: PREFIXES.incoming,
        transitions: [
          {
            storageClass: s3.StorageClass.GLACIER_INSTANT_RETRIEVAL,
            transitionAfter: Duration.days(config.archiveOriginalsAfterDays),
          },
        ],
      });
    }

    this.documents = new s3.Bucket(this, 'Documents', {
      encryption: s3.BucketEncryption.KMS,
      encryptionKey: this.dataKey,
      bucketKeyEnabled: true,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
      versioned: true,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      serverAccessLogsBucket: this.accessLogs,
      serverAccessLogsPrefix: 'documents/',
      // No CORS here: SohoaStateless owns the bucket's CORS rule, with the web app's origin in it
      // (infra/constructs/documents-cors.ts).
      lifecycleRules,
      objectLockEnabled: config.objectLock.enabled ? true : undefined,
      objectLockDefaultRetention: config.objectLock.enabled
        ? s3.ObjectLockRetention.governance(Duration.days(config.objectLock.retentionDays))
        : undefined,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    this.table = new dynamodb.Table(this, 'Table', {
      partitionKey: { name: TABLE_KEYS.partitionKey, type: dynamodb.AttributeType.STRING },
      sortKey: { name: TABLE_KEYS.sortKey, type: dynamodb.AttributeType.STRING },
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      encryption: dynamodb.TableEncryption.CUSTOMER_MANAGED,
      encryptionKey: this.dataKey,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      timeToLiveAttribute: TABLE_KEYS.ttlAttribute,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    for (const index of TABLE_KEYS.indexes) {
      this.table.addGlobalSecondaryIndex({
        indexName: index.indexName,
        partitionKey: { name: index.partitionKey, type: dynamodb.AttributeType.STRING },
        sortKey: { name: index.sortKey, type: dynamodb.AttributeType.STRING },
        projectionType: index.projection === 'INCLUDE' ? dynamodb.ProjectionType.INCLUDE : dynamodb.ProjectionType.ALL,
        nonKeyAttributes: index.projection === 'INCLUDE' ? [...index.nonKeyAttributes] : undefined,
      });
    }

    const name = (suffix: string) => `${this.stackName}-${suffix}`;
    this.exports = {
      bucketArn: name('DocumentsBucketArn'),
      bucketName: name('DocumentsBucketName'),
      tableArn: name('TableArn'),
      tableName: name('TableName'),
      keyArn: name('DataKeyArn'),
    };
    const exported: [keyof DataExports, string][] = [
      ['bucketArn', this.documents.bucketArn],
      ['bucketName', this.documents.bucketName],
      ['tableArn', this.table.tableArn],
      ['tableName', this.table.tableName],
      ['keyArn', this.dataKey.keyArn],
    ];
    for (const [key, value] of exported) {
      new CfnOutput(this, key.charAt(0).toUpperCase() + key.slice(1), { value, exportName: this.exports[key] });
    }
  }
}
