/**
 * The administration API in the synthesized stack: what makes an admin route admin-only in AWS, and what the
 * api function may do to the user pool. The role is checked by the api function against the route table
 * (shared/routes.ts; every route refuses other roles in test/handlers/api-handler.test.ts), on claims that
 * only the Cognito JWT authorizer lets through and only the pre-token trigger writes from attributes no user
 * can change. cdk-nag over the same app is test/infra/stacks.test.ts.
 */
import type { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { functionOf, ROUTES, routeKey } from '#shared/routes.ts';
import { asArray, functionId, resources, roleOf, roleStatements, type Statement, synthesize } from './synth.ts';

let template: Template;
let apiFunction: string;
let sheetsFunction: string;
let pool: string;

beforeAll(() => {
  template = synthesize().stateless;
  apiFunction = functionId(template, 'upload API (');
  sheetsFunction = functionId(template, 'upload API workbooks');
  const pools = Object.keys(resources(template, 'AWS::Cognito::UserPool'));
  expect(pools).toHaveLength(1);
  pool = pools[0]!;
});

const ADMIN_ROUTES = ROUTES.filter((r) => r.roles.length === 1 && r.roles[0] === 'admin').map(routeKey);

describe('admin routes', () => {
  it('are the administration routes of the route table', () => {
    expect(ADMIN_ROUTES).toEqual(
      expect.arrayContaining([
        'GET /agencies',
        'POST /agencies',
        'PUT /agencies/{id}',
        'POST /agencies/import',
        'POST /inventory/import',
        'GET /users',
        'POST /users',
        'PUT /users/{id}',
        'GET /audit',
        'POST /catalogue',
        'PUT /catalogue/{id}',
        'GET /overview',
      ]),
    );
    // Reading the catalogue is for everyone; changing it is not.
    expect(ADMIN_ROUTES).not.toContain('GET /catalogue');
  });

  it('each sits behind the one Cognito JWT authorizer of this pool and reaches only the api function (the imports: sheets)', () => {
    const authorizers = Object.entries(resources(template, 'AWS::ApiGatewayV2::Authorizer'));
    expect(authorizers).toHaveLength(1);
    const [authorizerId, authorizer] = authorizers[0]!;
    expect(authorizer.Properties).toMatchObject({ AuthorizerType: 'JWT' });
    // The issuer is this pool's: a token of another pool (or of no pool) never reaches the function.
    expect(JSON.stringify(authorizer.Properties!.JwtConfiguration)).toContain(`{"Ref":"${pool}"}`);
    const clients = Object.keys(resources(template, 'AWS::Cognito::UserPoolClient'));
    const audience = asArray((authorizer.Properties!.JwtConfiguration as { Audience: unknown[] }).Audience) as {
      Ref: string;
    }[];
    expect(audience.map((a) => a.Ref).sort()).toEqual(clients.sort());

    const routes = Object.values(resources(template, 'AWS::ApiGatewayV2::Route'));
    const integrations = resources(template, 'AWS::ApiGatewayV2::Integration');
    for (const key of ADMIN_ROUTES) {
      const route = routes.find((r) => r.Properties!.RouteKey === key);
      expect(route, key).toBeDefined();
      expect(route!.Properties, key).toMatchObject({ AuthorizationType: 'JWT', AuthorizerId: { Ref: authorizerId } });
      const target = JSON.stringify(route!.Properties!.Target);
      const integration = Object.entries(integrations).find(([id]) => target.includes(`"${id}"`));
      const fn = functionOf(ROUTES.find((r) => routeKey(r) === key)!) === 'sheets' ? sheetsFunction : apiFunction;
      expect(integration?.[1].Properties?.IntegrationUri, key).toEqual({ 'Fn::GetAtt': [fn, 'Arn'] });
    }
    // No route of the API is open, admin or not.
    for (const route of routes) expect(route.Properties!.AuthorizationType).toBe('JWT');
  });

  it('take the role claim from the pre-token trigger, from attributes only admins can set', () => {
    const [, userPool] = Object.entries(resources(template, 'AWS::Cognito::UserPool'))[0]!;
    const schema = userPool.Properties!.Schema as { Name: string; Mutable: boolean }[];
    expect(schema.map((a) => a.Name).sort()).toEqual(['agencyId', 'role']);
    const trigger = (userPool.Properties!.LambdaConfig as Record<string, { LambdaArn: unknown; LambdaVersion: string }>)
      .PreTokenGenerationConfig;
    expect(trigger).toEqual({
      LambdaArn: { 'Fn::GetAtt': [functionId(template, 'agencyId and role claims'), 'Arn'] },
      LambdaVersion: 'V2_0',
    });
    for (const client of Object.values(resources(template, 'AWS::Cognito::UserPoolClient'))) {
      const writable = asArray(client.Properties!.WriteAttributes as string[]);
      expect(writable.filter((a) => a.startsWith('custom:'))).toEqual([]);
    }
    // No self-service sign-up either: users exist only through POST /users (AdminCreateUser).
    expect(userPool.Properties!.AdminCreateUserConfig).toMatchObject({ AllowAdminCreateUserOnly: true });
  });
});

describe('the api function on the user pool', () => {
  const cognitoStatements = (statements: Statement[]) =>
    statements.filter((s) => asArray(s.Action).some((a) => a.startsWith('cognito-idp:') || a === '*'));

  it('may list, invite, update, disable and enable users of this pool only, nothing more', () => {
    const statements = roleStatements(template, roleOf(template, apiFunction));
    const cognito = cognitoStatements(statements);
    expect(cognito).toHaveLength(1);
    expect(cognito[0]).toMatchObject({ Effect: 'Allow', Resource: { 'Fn::GetAtt': [pool, 'Arn'] } });
    expect(asArray(cognito[0]!.Action).sort()).toEqual([
      'cognito-idp:AdminCreateUser',
      'cognito-idp:AdminDisableUser',
      'cognito-idp:AdminEnableUser',
      'cognito-idp:AdminGetUser',
      'cognito-idp:AdminUpdateUserAttributes',
      'cognito-idp:ListUsers',
    ]);
    // Never passwords, deletion, groups, or the pool's own settings.
    expect(statements.flatMap((s) => asArray(s.Action)).filter((a) => /\*/.test(a))).toEqual([]);
    expect(cognito[0]!.Condition).toBeUndefined();
  });

  it('is the only function that may change users', () => {
    for (const [id] of Object.entries(resources(template, 'AWS::Lambda::Function'))) {
      if (id === apiFunction || !resources(template)[id]?.Properties?.Role) continue;
      const role = (resources(template)[id]!.Properties!.Role as { 'Fn::GetAtt'?: [string, string] })['Fn::GetAtt'];
      if (!role) continue;
      expect(cognitoStatements(roleStatements(template, role[0])), id).toEqual([]);
    }
  });

  it('knows its pool from the stack, not from a hand-written id', () => {
    const env = (resources(template)[apiFunction]!.Properties!.Environment as { Variables: Record<string, unknown> })
      .Variables;
    expect(env.USER_POOL_ID).toEqual({ Ref: pool });
  });
});
