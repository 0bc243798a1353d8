/**
 * The WAF web ACL in front of the web app's CloudFront distribution. CloudFront takes only web ACLs of scope
 * CLOUDFRONT, which exist in us-east-1 alone, so this is its own stack pinned to us-east-1, deployed on its own
 * (`npx cdk deploy SohoaWebAcl`); its `WebAclArn` output goes into the `web.webAclArn` setting, and the next
 * deploy of SohoaStateless attaches it (docs/deploy.md). Nothing here depends on the other stacks.
 */
import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import * as wafv2 from 'aws-cdk-lib/aws-wafv2';
import type { Construct } from 'constructs';
import type { SohoaConfig } from './config.ts';

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

  constructor(scope: Construct, id: string, props: WebAclStackProps) {
    super(scope, id, { ...props, env: { ...props.env, region: 'us-east-1' } });
    this.webAcl = new wafv2.CfnWebACL(this, 'WebAcl', {
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
    });
    new CfnOutput(this, 'WebAclArn', { value: this.webAcl.attrArn }).overrideLogicalId('WebAclArn');
  }
}
