/**
 * The CORS rule of the documents bucket, owned by the stateless stack (the one serving the web app).
 *
 * Why here and not on the bucket in SohoaStateful: the browser PUTs scans straight to the bucket from the
 * web app's origin, which without a custom domain is the distribution's generated `dxxxx.cloudfront.net`.
 * SohoaStateful is deployed first and cannot name a resource of SohoaStateless without depending on it (the
 * stateless stack already imports the bucket, table and key: a cycle). So this stack, once its distribution
 * exists, writes the whole CORS configuration of that one bucket with PutBucketCors (an AwsCustomResource):
 * the distribution's origin plus the configured `allowedOrigins`. A fresh `cdk deploy --all` therefore
 * accepts uploads from the web app with no second step.
 *
 * One owner: SohoaStateful declares no CORS on the bucket at all, so a later deploy of SohoaStateful has no
 * CorsConfiguration to apply or remove and leaves this rule alone (the same split as the bucket notifications,
 * which this stack also configures on the imported bucket). `cdk destroy` of this stack deletes the rule
 * (DeleteBucketCors): with the API and the distribution gone no presigned URL can be issued any more, and no
 * origin keeps a stale permission. The custom resource's function may change the CORS of this bucket only.
 *
 * Keep this construct's id and path stable: under a new logical id CloudFormation would create the new
 * resource (PutBucketCors) and then delete the old one, whose DeleteBucketCors would remove the rule just written.
 */
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as logs from 'aws-cdk-lib/aws-logs';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import * as cr from 'aws-cdk-lib/custom-resources';
import { Construct } from 'constructs';

/**
 * What the browser sends on the presigned PUT beyond the CORS-safelisted ones: the headers the presigner
 * signs (shared/adapters/s3/presigner.ts: content-type, content-length, x-amz-checksum-sha256) minus
 * content-length, which the browser sets itself and never lists in a preflight (web/src/upload/browser-ports.ts
 * skips it). The SDK's other checksum parameters (x-amz-sdk-checksum-algorithm) are hoisted into the query
 * string, not sent as headers. test/infra/web-app.test.ts checks this list against the presigner itself.
 */
export const UPLOAD_HEADERS = ['content-type', 'x-amz-checksum-sha256'] as const;

/** The one rule: PUT only, from exact https origins, with the upload headers; ETag readable by the page. */
export function uploadCorsRule(origins: readonly string[]) {
  return {
    AllowedMethods: ['PUT'],
    AllowedOrigins: [...new Set(origins)],
    AllowedHeaders: [...UPLOAD_HEADERS],
    ExposeHeaders: ['ETag'],
    MaxAgeSeconds: 3000,
  };
}

export interface DocumentsCorsProps {
  readonly bucket: s3.IBucket;
  /** Exact `https://host[:port]` origins (config.ts validates the configured ones; the web app's is https). */
  readonly origins: readonly string[];
  /** The log group of the stack's AwsCustomResource function (one singleton function for all of them). */
  readonly logGroup: logs.ILogGroup;
}

export class DocumentsCors extends Construct {
  readonly resource: cr.AwsCustomResource;

  constructor(scope: Construct, id: string, props: DocumentsCorsProps) {
    super(scope, id);
    const bucketName = props.bucket.bucketName;
    const put: cr.AwsSdkCall = {
      service: 'S3',
      action: 'PutBucketCors',
      parameters: { Bucket: bucketName, CORSConfiguration: { CORSRules: [uploadCorsRule(props.origins)] } },
      physicalResourceId: cr.PhysicalResourceId.of('documents-cors'),
    };
    this.resource = new cr.AwsCustomResource(this, 'Rule', {
      resourceType: 'Custom::SohoaDocumentsCors',
      onCreate: put,
      onUpdate: put,
      onDelete: { service: 'S3', action: 'DeleteBucketCors', parameters: { Bucket: bucketName } },
      // DeleteBucketCors is authorized by s3:PutBucketCORS; nothing else, and on this bucket only.
      policy: cr.AwsCustomResourcePolicy.fromStatements([
        new iam.PolicyStatement({ actions: ['s3:PutBucketCORS'], resources: [props.bucket.bucketArn] }),
      ]),
      // The runtime's own SDK: no npm download at deploy time.
      installLatestAwsSdk: false,
      logGroup: props.logGroup,
    });
  }
}
