/**
 * Intent-named grants with explicit action lists. The CDK's own grant helpers add wildcard actions
 * (`s3:Abort*`, `kms:GenerateDataKey*`, `kms:ReEncrypt*`) and `index/*` resources; a reviewer (and
 * test/infra) expects neither.
 */
import { Stack, Validations } from 'aws-cdk-lib';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import { TABLE_KEYS } from '#shared/adapters/dynamodb/table.ts';

/** The stateful resources the functions use. */
export interface DataStores {
  readonly bucket: s3.IBucket;
  readonly table: dynamodb.ITable;
  readonly key: kms.IKey;
}

const TABLE_READ = ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query'];
const TABLE_WRITE = [
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:BatchWriteItem',
  'dynamodb:ConditionCheckItem',
];

function tableResources(table: dynamodb.ITable): string[] {
  return [table.tableArn, ...TABLE_KEYS.indexes.map((index) => `${table.tableArn}/index/${index.indexName}`)];
}

/**
 * Object ARNs under a prefix end in `*` by nature; cdk-nag reports each as its own IAM5 finding, named
 * after the bucket's logical id. Acknowledge exactly that finding, on the role that holds it.
 */
function acknowledgePrefix(role: iam.IRole, bucket: s3.IBucket, prefix: string, why: string): void {
  const ref = nagName(Stack.of(role).resolve(bucket.bucketArn));
  Validations.of(role).acknowledge({
    id: `AwsSolutions-IAM5[Resource::${ref}/${prefix}*]`,
    reason: `Scoped to objects under ${prefix} only (${why}); object keys are generated per upload, so the prefix is the narrowest resource.`,
  });
}

/** How cdk-nag prints a resolved value inside a finding id. */
function nagName(resolved: unknown): string {
  if (typeof resolved === 'string') return resolved;
  const value = resolved as Record<string, unknown>;
  if (typeof value['Fn::ImportValue'] === 'string') return value['Fn::ImportValue'];
  const getAtt = value['Fn::GetAtt'] as [string, string] | undefined;
  if (getAtt) return `<${getAtt[0]}.${getAtt[1]}>`;
  throw new Error(`cannot name ${JSON.stringify(resolved)} for cdk-nag`);
}

/** Read objects under `prefix` (GetObject also covers HeadObject). */
export function grantReadObjects(role: iam.IRole, data: DataStores, prefix: string): void {
  acknowledgePrefix(role, data.bucket, prefix, 's3:GetObject');
  role.addToPrincipalPolicy(
    new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: [data.bucket.arnForObjects(`${prefix}*`)] }),
  );
  role.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['kms:Decrypt'], resources: [data.key.keyArn] }));
}

/**
 * Check whether objects under `prefix` exist (HeadObject), as redelivered events do before writing again.
 * Without s3:ListBucket, S3 answers 403 instead of 404 for a missing key, which would look like a failure.
 */
export function grantCheckObjects(role: iam.IRole, data: DataStores, prefix: string): void {
  grantReadObjects(role, data, prefix);
  role.addToPrincipalPolicy(
    new iam.PolicyStatement({ actions: ['s3:ListBucket'], resources: [data.bucket.bucketArn] }),
  );
}

/** Write objects under `prefix` (also what a presigned PUT signed by this role may do). */
export function grantWriteObjects(role: iam.IRole, data: DataStores, prefix: string): void {
  acknowledgePrefix(role, data.bucket, prefix, 's3:PutObject');
  role.addToPrincipalPolicy(
    new iam.PolicyStatement({ actions: ['s3:PutObject'], resources: [data.bucket.arnForObjects(`${prefix}*`)] }),
  );
  role.addToPrincipalPolicy(
    new iam.PolicyStatement({ actions: ['kms:GenerateDataKey'], resources: [data.key.keyArn] }),
  );
}

/** Read items and query the indexes (and, for reports, scan). */
export function grantReadTable(role: iam.IRole, data: DataStores, options: { scan?: boolean } = {}): void {
  role.addToPrincipalPolicy(
    new iam.PolicyStatement({
      actions: options.scan ? [...TABLE_READ, 'dynamodb:Scan'] : TABLE_READ,
      resources: tableResources(data.table),
    }),
  );
  role.addToPrincipalPolicy(
    new iam.PolicyStatement({ actions: ['kms:Decrypt', 'kms:DescribeKey'], resources: [data.key.keyArn] }),
  );
}

/** Scan the table itself, not its indexes (maintenance passes over every document: reclassify, reconcile). */
export function grantScanTable(role: iam.IRole, data: DataStores): void {
  role.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['dynamodb:Scan'], resources: [data.table.tableArn] }));
}

/** Read and write items (conditional writes; no transactions, see DESIGN.md "Counting"). */
export function grantReadWriteTable(role: iam.IRole, data: DataStores): void {
  grantReadTable(role, data);
  role.addToPrincipalPolicy(new iam.PolicyStatement({ actions: TABLE_WRITE, resources: [data.table.tableArn] }));
  role.addToPrincipalPolicy(
    new iam.PolicyStatement({ actions: ['kms:Encrypt', 'kms:GenerateDataKey'], resources: [data.key.keyArn] }),
  );
}
