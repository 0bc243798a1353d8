/**
 * Reads the ARN of the SohoaWebAcl stack's web ACL at deploy time, for the web app's distribution: an
 * AwsCustomResource calling SSM GetParameter in us-east-1 on the one parameter that stack writes
 * (infra/web-acl-stack.ts). The stack using it must depend on SohoaWebAcl (infra/sohoa-app.ts), so
 * `cdk deploy --all` (or `cdk deploy SohoaStateless`, which deploys its dependencies) writes it first.
 *
 * The call runs on create and whenever its properties change; the web ACL's fingerprint is one of them, so a
 * changed (possibly replaced) ACL is read again. Nothing to undo on delete. Its function may read that
 * parameter only.
 */
import { Arn, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as logs from 'aws-cdk-lib/aws-logs';
import * as cr from 'aws-cdk-lib/custom-resources';
import { Construct } from 'constructs';
import { type PublishedWebAcl, WEB_ACL_REGION } from '../web-acl-stack.ts';

export interface WebAclArnProps {
  readonly published: PublishedWebAcl;
  /** The log group of the stack's AwsCustomResource function (one singleton function for all of them). */
  readonly logGroup: logs.ILogGroup;
}

export class WebAclArn extends Construct {
  readonly resource: cr.AwsCustomResource;
  /** The web ACL's ARN (a token resolved at deploy time). */
  readonly arn: string;

  constructor(scope: Construct, id: string, props: WebAclArnProps) {
    super(scope, id);
    const { parameterName, fingerprint } = props.published;
    const read: cr.AwsSdkCall = {
      service: 'SSM',
      action: 'GetParameter',
      parameters: { Name: parameterName },
      region: WEB_ACL_REGION,
      // The fingerprint in the physical id: an update with a new one is a new read (and its own resource).
      physicalResourceId: cr.PhysicalResourceId.of(`web-acl-arn-${fingerprint}`),
      outputPaths: ['Parameter.Value'],
    };
    const parameterArn = Arn.format(
      {
        service: 'ssm',
        region: WEB_ACL_REGION,
        resource: 'parameter',
        resourceName: parameterName.replace(/^\//, ''),
      },
      Stack.of(this),
    );
    this.resource = new cr.AwsCustomResource(this, 'Read', {
      resourceType: 'Custom::SohoaWebAclArn',
      onCreate: read,
      onUpdate: read,
      policy: cr.AwsCustomResourcePolicy.fromStatements([
        new iam.PolicyStatement({ actions: ['ssm:GetParameter'], resources: [parameterArn] }),
      ]),
      // The runtime's own SDK: no npm download at deploy time.
      installLatestAwsSdk: false,
      logGroup: props.logGroup,
    });
    this.arn = this.resource.getResponseField('Parameter.Value');
  }
}
