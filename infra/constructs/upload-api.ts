/**
 * The HTTP API agencies call: Cognito user pool (admin-created users carrying `custom:agencyId` and
 * `custom:role`), a JWT authorizer, and the `api` function, which may presign PUTs only under `incoming/`.
 */
import { CfnOutput, Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as apigw from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpJwtAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { ROUTES } from '#shared/routes.ts';
import { COMPOSITION_MODULES } from '../bundling.ts';
import type { SohoaConfig } from '../config.ts';
import {
  type DataStores,
  grantReadObjects,
  grantReadTable,
  grantReadWriteTable,
  grantWriteObjects,
} from '../grants.ts';
import { PREFIXES } from '../prefixes.ts';
import { targetPolicyBundle } from './reporting.ts';
import { SohoaFunction } from './sohoa-function.ts';

/** The presigned PUT is valid for 15 minutes (issue 3). */
export const UPLOAD_URL_TTL_SECONDS = 900;

export interface UploadApiProps {
  readonly config: SohoaConfig;
  readonly data: DataStores;
  /** Environment every pipeline function shares. */
  readonly environment: Record<string, string>;
}

export class UploadApi extends Construct {
  readonly userPool: cognito.UserPool;
  readonly client: cognito.UserPoolClient;
  readonly api: apigw.HttpApi;
  readonly handler: SohoaFunction;
  /** Cognito pre-token trigger: if it fails, nobody can sign in. */
  readonly preToken: SohoaFunction;

  constructor(scope: Construct, id: string, props: UploadApiProps) {
    super(scope, id);
    const { config, data } = props;

    const preToken = new SohoaFunction(this, 'PreToken', {
      name: 'pre-token',
      description: 'sohoa: agencyId and role claims in Cognito tokens',
      // Reads the agency of the signing-in user: no token for an agency that does not exist.
      environment: { TABLE_NAME: props.environment.TABLE_NAME ?? '' },
      logRetentionDays: config.logRetentionDays,
      memorySize: 256,
      timeout: Duration.seconds(5),
    });
    this.preToken = preToken;
    grantReadTable(preToken.role, data);

    this.userPool = new cognito.UserPool(this, 'Users', {
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      autoVerify: { email: true },
      accountRecovery: cognito.AccountRecovery.EMAIL_ONLY,
      customAttributes: {
        agencyId: new cognito.StringAttribute({ minLen: 1, maxLen: 64, mutable: true }),
        role: new cognito.StringAttribute({ minLen: 4, maxLen: 16, mutable: true }),
      },
      passwordPolicy: {
        minLength: 12,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
      },
      mfa: cognito.Mfa.REQUIRED,
      mfaSecondFactor: { otp: true, sms: false },
      featurePlan: cognito.FeaturePlan.PLUS,
      standardThreatProtectionMode: cognito.StandardThreatProtectionMode.FULL_FUNCTION,
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.userPool.addTrigger(
      cognito.UserPoolOperation.PRE_TOKEN_GENERATION_CONFIG,
      preToken.fn,
      cognito.LambdaVersion.V2_0,
    );

    this.client = this.userPool.addClient('Client', {
      authFlows: { userPassword: true, userSrp: true },
      generateSecret: false,
      preventUserExistenceErrors: true,
      accessTokenValidity: Duration.hours(1),
      idTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.days(30),
      // Users must never write their own agencyId or role: those are the authorization.
      writeAttributes: new cognito.ClientAttributes().withStandardAttributes({ fullname: true }),
      readAttributes: new cognito.ClientAttributes()
        .withStandardAttributes({ email: true, emailVerified: true, fullname: true })
        .withCustomAttributes('agencyId', 'role'),
    });

    const policy = targetPolicyBundle(config);
    this.handler = new SohoaFunction(this, 'Handler', {
      name: 'api',
      description: 'sohoa: upload API (presigned PUTs, documents, inventory, progress)',
      environment: {
        ...props.environment,
        UPLOAD_URL_TTL_SECONDS: String(UPLOAD_URL_TTL_SECONDS),
        // GET /progress compares with the same targets as the reports.
        TARGET_POLICY: policy.env,
        PROVINCE_NAME: config.provinceName,
      },
      logRetentionDays: config.logRetentionDays,
      memorySize: 512,
      timeout: Duration.seconds(15),
      copiedModules: COMPOSITION_MODULES,
      extraFiles: policy.extraFiles,
    });
    grantWriteObjects(this.handler.role, data, PREFIXES.incoming);
    // GET /documents/{docId}/file presigns reads of the scans for reviewers.
    grantReadObjects(this.handler.role, data, PREFIXES.incoming);
    grantReadWriteTable(this.handler.role, data);

    const region = Stack.of(this).region;
    const authorizer = new HttpJwtAuthorizer(
      'Cognito',
      `https://cognito-idp.${region}.amazonaws.com/${this.userPool.userPoolId}`,
      { jwtAudience: [this.client.userPoolClientId] },
    );

    this.api = new apigw.HttpApi(this, 'Api', {
      description: 'sohoa upload API',
      defaultAuthorizer: authorizer,
      corsPreflight:
        config.allowedOrigins.length > 0
          ? {
              allowOrigins: config.allowedOrigins,
              allowMethods: [apigw.CorsHttpMethod.GET, apigw.CorsHttpMethod.POST, apigw.CorsHttpMethod.PUT],
              allowHeaders: ['authorization', 'content-type'],
              maxAge: Duration.hours(1),
            }
          : undefined,
    });
    const integration = new HttpLambdaIntegration('Handler', this.handler.fn);
    // The route table (shared/routes.ts) is the one list of routes; the handler serves the same.
    for (const route of ROUTES) {
      this.api.addRoutes({ path: route.path, methods: [apigw.HttpMethod[route.method]], integration });
    }

    const accessLogs = new logs.LogGroup(this, 'AccessLogs', {
      retention: config.logRetentionDays as logs.RetentionDays,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    const stage = this.api.defaultStage?.node.defaultChild as apigw.CfnStage;
    stage.accessLogSettings = {
      destinationArn: accessLogs.logGroupArn,
      format: JSON.stringify({
        requestId: '$context.requestId',
        ip: '$context.identity.sourceIp',
        requestTime: '$context.requestTime',
        routeKey: '$context.routeKey',
        status: '$context.status',
        agencyId: '$context.authorizer.claims.agencyId',
        responseLength: '$context.responseLength',
        integrationError: '$context.integrationErrorMessage',
      }),
    };
    // A runaway bulk upload must not starve the other agencies.
    stage.defaultRouteSettings = { throttlingBurstLimit: 200, throttlingRateLimit: 100 };

    // Plain output keys: docs/deploy.md reads them with `aws cloudformation describe-stacks`.
    const outputs: [string, string][] = [
      ['ApiUrl', this.api.apiEndpoint],
      ['UserPoolId', this.userPool.userPoolId],
      ['UserPoolClientId', this.client.userPoolClientId],
    ];
    for (const [key, value] of outputs) new CfnOutput(this, key, { value }).overrideLogicalId(key);
  }
}
