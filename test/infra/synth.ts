/**
 * Synthesizes the sohoa app for tests: the context of cdk.json plus overrides, bundling skipped (no
 * esbuild run, no function entry is built). Call once per test file, in beforeAll.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { REPO_ROOT } from '#infra/functions.ts';
import { buildApp } from '#infra/sohoa-app.ts';

export const CDK_CONTEXT = (
  JSON.parse(readFileSync(resolve(REPO_ROOT, 'cdk.json'), 'utf8')) as { context: Record<string, unknown> }
).context;

/** A stand-in for web/dist (tests do not run Vite): an index.html and one hashed asset. */
export function fakeWebDist(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sohoa-web-dist-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><script type="module" src="/app/assets/index-abc.js"></script>',
  );
  writeFileSync(join(dir, 'assets', 'index-abc.js'), 'export {};');
  return dir;
}

let webDist: string | undefined;

export function synthesize(overrides: Record<string, unknown> = {}) {
  webDist ??= fakeWebDist();
  const app = new App({
    context: { ...CDK_CONTEXT, webDist, ...overrides, 'aws:cdk:bundling-stacks': [] },
  });
  const built = buildApp(app);
  return {
    ...built,
    stateful: Template.fromStack(built.stateful),
    stateless: Template.fromStack(built.stateless),
    webAcl: Template.fromStack(built.webAcl),
    webAclStack: built.webAcl,
    statefulStack: built.stateful,
    statelessStack: built.stateless,
  };
}

export type Resources = Record<string, { Type: string; Properties?: Record<string, unknown>; [k: string]: unknown }>;

export function resources(template: Template, type?: string): Resources {
  const all = template.toJSON().Resources as Resources;
  return Object.fromEntries(Object.entries(all).filter(([, r]) => type === undefined || r.Type === type));
}

export interface Statement {
  Effect: string;
  Action: string | string[];
  Resource?: unknown;
  Condition?: unknown;
}

export const asArray = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

/** Every identity-policy statement attached to a role (inline policies and AWS::IAM::Policy resources). */
export function roleStatements(template: Template, roleLogicalId: string): Statement[] {
  const out: Statement[] = [];
  for (const policy of Object.values(resources(template, 'AWS::IAM::Policy'))) {
    const roles = asArray(policy.Properties?.Roles as unknown[]);
    if (roles.some((r) => JSON.stringify(r) === JSON.stringify({ Ref: roleLogicalId }))) {
      out.push(...asArray((policy.Properties!.PolicyDocument as { Statement: Statement[] }).Statement));
    }
  }
  const role = resources(template)[roleLogicalId];
  for (const policy of asArray(role?.Properties?.Policies as { PolicyDocument: { Statement: Statement[] } }[])) {
    out.push(...policy.PolicyDocument.Statement);
  }
  return out;
}

/** The logical id of the function whose description starts with `sohoa: <text>`. */
export function functionId(template: Template, description: string): string {
  const found = Object.entries(resources(template, 'AWS::Lambda::Function')).find(([, fn]) =>
    String(fn.Properties?.Description).startsWith(`sohoa: ${description}`),
  );
  if (!found) throw new Error(`no function described "sohoa: ${description}"`);
  return found[0];
}

export function roleOf(template: Template, functionLogicalId: string): string {
  const role = resources(template)[functionLogicalId]?.Properties?.Role as { 'Fn::GetAtt': [string, string] };
  return role['Fn::GetAtt'][0];
}

/** Actions granted on resources whose rendering contains `fragment` (e.g. "/incoming/*"). */
export function actionsOn(statements: Statement[], fragment: string): string[] {
  return statements
    .filter((s) => s.Effect === 'Allow' && JSON.stringify(s.Resource ?? '').includes(fragment))
    .flatMap((s) => asArray(s.Action));
}

/**
 * A CloudFormation string (`Fn::Join`, `Fn::GetAtt`, `Fn::ImportValue`, `Ref`) rendered with readable
 * placeholders (`<Id.Attr>`, `<import:Name>`, `<Id>`), so an AwsCustomResource call can be JSON-parsed.
 */
export function renderCfnString(value: unknown): string {
  if (typeof value === 'string') return value;
  const v = value as Record<string, unknown>;
  if (v['Fn::Join']) {
    const [sep, parts] = v['Fn::Join'] as [string, unknown[]];
    return parts.map(renderCfnString).join(sep);
  }
  if (v['Fn::GetAtt']) return `<${(v['Fn::GetAtt'] as string[]).join('.')}>`;
  if (v['Fn::ImportValue']) return `<import:${renderCfnString(v['Fn::ImportValue'])}>`;
  if (v.Ref) return `<${v.Ref as string}>`;
  throw new Error(`cannot render ${JSON.stringify(value)}`);
}

export interface SdkCall {
  service: string;
  action: string;
  parameters: Record<string, unknown>;
}

/** The SDK calls of the one AwsCustomResource of `type` in `template`. */
export function sdkCallsOf(template: Template, type: string) {
  const found = Object.values(resources(template, type));
  if (found.length !== 1) throw new Error(`${found.length} resources of type ${type}`);
  const props = found[0]!.Properties!;
  const call = (key: string) => JSON.parse(renderCfnString(props[key])) as SdkCall;
  return { create: call('Create'), update: call('Update'), delete: call('Delete') };
}
