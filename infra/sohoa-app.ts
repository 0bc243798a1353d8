/**
 * Composes the sohoa app: a stateful stack (data, retained), a stateless stack (everything else) and the WAF
 * web ACL stack (us-east-1) in front of the stateless stack's distribution, with cdk-nag AwsSolutions as a
 * validation plugin. Settings come from the CDK context; see docs/deploy.md.
 */
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { loadConfig } from './config.ts';
import { webAclSource } from './constructs/web-app.ts';
import { StatefulStack } from './stateful-stack.ts';
import { StatelessStack } from './stateless-stack.ts';
import { WebAclStack } from './web-acl-stack.ts';
import { requireWebDist } from './web-dist.ts';

export function buildApp(app = new App()) {
  const config = loadConfig(app.node);
  const statelessName = 'SohoaStateless';
  const webDist = requireWebDist(app.node.tryGetContext('webDist') ?? undefined);
  const stateful = new StatefulStack(app, 'SohoaStateful', {
    config,
    logGroupsOfStack: statelessName,
    description: 'sohoa data: documents bucket, table, key (retained)',
  });
  // CloudFront's web ACL must be in us-east-1: its own stack, whose ARN the stateless stack reads at deploy time.
  const webAcl = new WebAclStack(app, 'SohoaWebAcl', {
    config,
    description: 'sohoa web app firewall (WAF, scope CLOUDFRONT, us-east-1)',
  });
  const stateless = new StatelessStack(app, statelessName, {
    config,
    description: 'sohoa pipeline: upload API, ingestion, classification, reporting, monitoring',
    data: stateful.exports,
    webDist,
    publishedWebAcl: webAcl.published,
  });
  stateless.addStackDependency(stateful, 'imports the bucket, table and key by export name');
  if (webAclSource(config.web) === 'stack') {
    stateless.addStackDependency(webAcl, 'reads the web ACL ARN that SohoaWebAcl writes to SSM in us-east-1');
  }
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return { app, config, stateful, stateless, webAcl };
}
