/**
 * What must survive every redeploy: the documents bucket, the table and the key that encrypts both.
 * Retained on stack deletion, with termination protection.
 */
import { CfnOutput, Duration, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';
import { TABLE_KEYS } from '#shared/adapters/dynamodb/table.ts';
import type { SohoaConfig } from './config.ts';
import { PREFIXES } from './prefixes.ts';

export interface StatefulStackProps extends StackProps {
  readonly config: SohoaConfig;
}

/** Headers a browser sends on the presigned PUT (content-length is set by the browser itself). */
const UPLOAD_HEADERS = ['content-type', 'x-amz-checksum-sha256'];

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
      cors:
        config.allowedOrigins.length > 0
          ? [
              {
                allowedMethods: [s3.HttpMethods.PUT],
                allowedOrigins: config.allowedOrigins,
                allowedHeaders: UPLOAD_HEADERS,
                exposedHeaders: ['ETag'],
                maxAge: 3000,
              },
            ]
          : undefined,
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
