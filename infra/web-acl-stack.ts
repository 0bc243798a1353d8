/**
 * The WAF web ACL in front of the web app's CloudFront distribution. CloudFront takes only web ACLs of scope
 * CLOUDFRONT, which exist in us-east-1 alone, so this is its own stack pinned to us-east-1. It writes the ACL's
 * ARN into the SSM parameter WEB_ACL_ARN_PARAMETER (us-east-1), which SohoaStateless reads at deploy time
 * (infra/constructs/web-acl-arn.ts) and attaches: a fresh `cdk deploy --all` has the WAF in front with no
 * manual step. Nothing here depends on the other stacks.
 *
 * Why not a CloudFormation cross-stack reference: exports cannot cross regions, and CDK's
 * `crossRegionReferences` needs both stacks' regions concrete at synth, while SohoaStateless is
 * environment-agnostic (it is synthesized offline, without credentials, and deployed to any region).
 */
import { createHash } from 'node:crypto';
import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import * as ssm from 'aws-cdk-lib/aws-ssm';
import * as wafv2 from 'aws-cdk-lib/aws-wafv2';
import type { Construct } from 'constructs';
import type { SohoaConfig } from './config.ts';

/** Where SohoaWebAcl publishes its ARN (us-east-1) for SohoaStateless to read. */
export const WEB_ACL_REGION = 'us-east-1';
export const WEB_ACL_ARN_PARAMETER = '/sohoa/web/web-acl-arn';

/** What SohoaStateless needs to read the ARN: the parameter and a fingerprint of the ACL's definition. */
export interface PublishedWebAcl {
  readonly parameterName: string;
  /** Changes whenever the web ACL's definition does, so the reader re-reads the parameter (a replaced ACL). */
  readonly fingerprint: string;
}

export interface WebAclStackProps extends StackProps {
  readonly config: SohoaConfig;
}

const visibility = (metricName: string): wafv2.CfnWebACL.VisibilityConfigProperty => ({
  cloudWatchMetricsEnabled: true,
  metricName,
  sampledRequestsEnabled: true,
});

export class WebAclStack extends Stack {
  readonly webAcl: wafv2.CfnWebACL;
  readonly published: PublishedWebAcl;

  constructor(scope: Construct, id: string, props: WebAclStackProps) {
    super(scope, id, { ...props, env: { ...props.env, region: 'us-east-1' } });
    const aclProps: wafv2.CfnWebACLProps = {
      description: 'sohoa web app and its API - rate limit per IP, AWS managed common rules',
      scope: 'CLOUDFRONT',
      defaultAction: { allow: {} },
      visibilityConfig: visibility('sohoa-web'),
      rules: [
        {
          // One client (or a runaway script) cannot take the whole API for everyone.
          name: 'RatePerIp',
          priority: 0,
          action: { block: {} },
          statement: {
            rateBasedStatement: { aggregateKeyType: 'IP', limit: props.config.web.rateLimitPer5Minutes },
          },
          visibilityConfig: visibility('sohoa-web-rate'),
        },
        {
          name: 'AwsCommonRules',
          priority: 1,
          overrideAction: { none: {} },
          statement: {
            managedRuleGroupStatement: {
              vendorName: 'AWS',
              name: 'AWSManagedRulesCommonRuleSet',
              // CSV imports (POST /api/agencies/import, /api/inventory/import) exceed the rule's 8 KB body limit;
              // scans never pass here (they go straight to S3 through presigned URLs).
              ruleActionOverrides: [{ name: 'SizeRestrictions_BODY', actionToUse: { count: {} } }],
            },
          },
          visibilityConfig: visibility('sohoa-web-common'),
        },
        {
          name: 'AwsKnownBadInputs',
          priority: 2,
          overrideAction: { none: {} },
          statement: { managedRuleGroupStatement: { vendorName: 'AWS', name: 'AWSManagedRulesKnownBadInputsRuleSet' } },
          visibilityConfig: visibility('sohoa-web-bad-inputs'),
        },
      ],
    };
    this.webAcl = new wafv2.CfnWebACL(this, 'WebAcl', aclProps);
    new ssm.StringParameter(this, 'WebAclArnParameter', {
      parameterName: WEB_ACL_ARN_PARAMETER,
      description: 'sohoa: ARN of the CLOUDFRONT web ACL, read by SohoaStateless for its distribution',
      stringValue: this.webAcl.attrArn,
    });
    this.published = {
      // The constant, not the parameter's Ref: a token would be a cross-region reference CloudFormation refuses.
      parameterName: WEB_ACL_ARN_PARAMETER,
      fingerprint: createHash('sha256')
        .update(JSON.stringify({ id: this.getLogicalId(this.webAcl), aclProps }))
        .digest('hex')
        .slice(0, 16),
    };
    new CfnOutput(this, 'WebAclArn', { value: this.webAcl.attrArn }).overrideLogicalId('WebAclArn');
  }
}
