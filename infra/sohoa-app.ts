/**
 * Composes the sohoa app: a stateful stack (data, retained) and a stateless stack (everything else), with
 * cdk-nag AwsSolutions as a validation plugin. Settings come from the CDK context; see docs/deploy.md.
 */
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { loadConfig } from './config.ts';
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
  const stateless = new StatelessStack(app, statelessName, {
    config,
    description: 'sohoa pipeline: upload API, ingestion, classification, reporting, monitoring',
    data: stateful.exports,
    webDist,
  });
  stateless.addStackDependency(stateful, 'imports the bucket, table and key by export name');
  // CloudFront's web ACL must be in us-east-1: its own stack, attached through web.webAclArn (docs/deploy.md).
  const webAcl = new WebAclStack(app, 'SohoaWebAcl', {
    config,
    description: 'sohoa web app firewall (WAF, scope CLOUDFRONT, us-east-1)',
  });
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return { app, config, stateful, stateless, webAcl };
}
