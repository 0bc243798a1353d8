/**
 * The HTTP API agencies call: Cognito user pool (admin-created users carrying `custom:agencyId` and
 * `custom:role`), a JWT authorizer, and the `api` function, which may presign PUTs only under `incoming/`,
 * beside the `sheets` function (the same handler with exceljs) for the routes that read or write a workbook.
 */
import { CfnOutput, Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as apigw from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpJwtAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { DEFAULT_UPLOAD_URL_TTL_SECONDS } from '#shared/domain/upload-rules.ts';
import { type ApiFunction, functionOf, ROUTES, type RouteKey } from '#shared/routes.ts';
import type { SohoaConfig } from '../config.ts';
import {
  type DataStores,
  grantReadObjects,
  grantReadTable,
  grantReadWriteTable,
  grantScanTable,
  grantWriteObjects,
} from '../grants.ts';
import { PREFIXES } from '../prefixes.ts';
import { targetPolicyBundle } from './reporting.ts';
import { SohoaFunction } from './sohoa-function.ts';

/** The presigned PUT's lifetime: the domain's (15 minutes), the same locally and in AWS. */
export const UPLOAD_URL_TTL_SECONDS = DEFAULT_UPLOAD_URL_TTL_SECONDS;

export interface Throttle {
  /** Steady requests per second. */
  readonly rate: number;
  /** Requests accepted at once above the steady rate. */
  readonly burst: number;
}

/** Every route not listed in ROUTE_THROTTLES. */
export const DEFAULT_THROTTLE: Throttle = { rate: 50, burst: 100 };

/**
 * Per-route limits of the HTTP API stage (requests per second over all callers). Bulk uploads and polling get
 * the most; routes that scan or compute a whole report, and CSV imports, very little.
 */
export const ROUTE_THROTTLES: Partial<Record<RouteKey, Throttle>> = {
  'POST /uploads': { rate: 40, burst: 80 },
  'GET /documents/{docId}': { rate: 40, burst: 80 },
  'GET /documents': { rate: 20, burst: 40 },
  'GET /documents/{docId}/file': { rate: 10, burst: 20 },
  'POST /documents/{docId}/review': { rate: 10, burst: 20 },
  'GET /report': { rate: 2, burst: 5 },
  'GET /progress': { rate: 10, burst: 20 },
  'POST /agencies/import': { rate: 1, burst: 2 },
  'POST /inventory/import': { rate: 1, burst: 2 },
  'POST /reclassify': { rate: 1, burst: 2 },
  'POST /reconcile': { rate: 1, burst: 2 },
  'GET /audit': { rate: 5, burst: 10 },
};

export interface UploadApiProps {
  readonly config: SohoaConfig;
  readonly data: DataStores;
  /** Environment every pipeline function shares. */
  readonly environment: Record<string, string>;
}

export class UploadApi extends Construct {
  readonly userPool: cognito.UserPool;
  /** The web app's client (code grant, exact redirect URIs from config.signIn). */
  readonly client: cognito.UserPoolClient;
  /** `sohoa login`'s client (loopback redirects), when config.signIn.cliCallbackUrls is not empty. */
  readonly cliClient: cognito.UserPoolClient | null;
  readonly domain: cognito.UserPoolDomain;
  /** `https://cognito-idp.<region>.amazonaws.com/<poolId>`: the tokens' issuer. */
  readonly oidcIssuer: string;
  readonly api: apigw.HttpApi;
  readonly handler: SohoaFunction;
  /** `GET /report/xlsx`, `POST /agencies/import`, `POST /inventory/import`: the routes with `fn: 'sheets'`. */
  readonly sheets: SohoaFunction;
  /** Cognito pre-token trigger: if it fails, nobody can sign in. */
  readonly preToken: SohoaFunction;

  private readonly config: SohoaConfig;

  constructor(scope: Construct, id: string, props: UploadApiProps) {
    super(scope, id);
    const { config, data } = props;
    this.config = config;

    const preToken = new SohoaFunction(this, 'PreToken', {
      name: 'pre-token',
      description: 'sohoa: agencyId and role claims in Cognito tokens',
      // Reads the agency of the signing-in user: no token for an agency that does not exist.
      environment: { TABLE_NAME: props.environment.TABLE_NAME ?? '' },
      config,
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
      // Invitations and password resets through the province's SES identity, not Cognito's ~50 a day.
      email: cognito.UserPoolEmail.withSES({
        fromEmail: config.senderEmail,
        fromName: `Số hóa TTHC ${config.provinceName}`,
        ...(config.senderEmail.endsWith(`@${config.sesIdentity}`) ? { sesVerifiedDomain: config.sesIdentity } : {}),
        sesRegion: Stack.of(this).region,
      }),
      userInvitation: {
        emailSubject: 'Tài khoản hệ thống số hóa kết quả TTHC',
        emailBody:
          'Bạn được cấp tài khoản trên hệ thống số hóa kết quả giải quyết thủ tục hành chính. Tên đăng nhập: {username}. Mật khẩu tạm thời: {####} (đổi ở lần đăng nhập đầu tiên, trong 3 ngày).',
      },
      userVerification: {
        emailSubject: 'Mã xác minh hệ thống số hóa kết quả TTHC',
        emailBody: 'Mã xác minh của bạn: {####}',
      },
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.userPool.addTrigger(
      cognito.UserPoolOperation.PRE_TOKEN_GENERATION_CONFIG,
      preToken.fn,
      cognito.LambdaVersion.V2_0,
    );

    // Managed login (the newer pages), where MFA is asked; the app clients only ever see its redirects.
    this.domain = this.userPool.addDomain('Domain', {
      cognitoDomain: { domainPrefix: config.signIn.domainPrefix },
      managedLoginVersion: cognito.ManagedLoginVersion.NEWER_MANAGED_LOGIN,
    });
    const signInClient = (id: string, callbackUrls: string[], logoutUrls: string[]) => {
      const client = this.userPool.addClient(id, {
        // Authorization code only (PKCE: both clients always send S256; Cognito has no switch to demand it).
        // No implicit flow, no client credentials, no USER_PASSWORD_AUTH or SRP against the API.
        oAuth: {
          flows: { authorizationCodeGrant: true, implicitCodeGrant: false, clientCredentials: false },
          scopes: [cognito.OAuthScope.OPENID, cognito.OAuthScope.EMAIL, cognito.OAuthScope.PROFILE],
          callbackUrls,
          logoutUrls,
        },
        supportedIdentityProviders: [cognito.UserPoolClientIdentityProvider.COGNITO],
        generateSecret: false,
        preventUserExistenceErrors: true,
        enableTokenRevocation: true,
        accessTokenValidity: Duration.hours(1),
        idTokenValidity: Duration.hours(1),
        refreshTokenValidity: Duration.days(30),
        // Users must never write their own agencyId or role: those are the authorization.
        writeAttributes: new cognito.ClientAttributes().withStandardAttributes({ fullname: true }),
        readAttributes: new cognito.ClientAttributes()
          .withStandardAttributes({ email: true, emailVerified: true, fullname: true })
          .withCustomAttributes('agencyId', 'role'),
      });
      // Only refresh tokens outside the managed login (CDK would leave the property out: Cognito's defaults).
      (client.node.defaultChild as cognito.CfnUserPoolClient).explicitAuthFlows = ['ALLOW_REFRESH_TOKEN_AUTH'];
      new cognito.CfnManagedLoginBranding(this, `${id}Branding`, {
        userPoolId: this.userPool.userPoolId,
        clientId: client.userPoolClientId,
        useCognitoProvidedValues: true,
      });
      return client;
    };
    this.client = signInClient('Client', config.signIn.callbackUrls, config.signIn.logoutUrls);
    this.cliClient =
      config.signIn.cliCallbackUrls.length > 0
        ? signInClient('CliClient', config.signIn.cliCallbackUrls, config.signIn.cliCallbackUrls)
        : null;

    const policy = targetPolicyBundle(config);
    // Both HTTP API functions read the same settings (shared/composition/aws/api.ts apiDepsFromEnv).
    const apiEnvironment = {
      ...props.environment,
      UPLOAD_URL_TTL_SECONDS: String(UPLOAD_URL_TTL_SECONDS),
      MAX_UPLOADS_IN_FLIGHT: String(config.uploadsInFlightPerAgency),
      MAX_UPLOAD_BYTES_PER_DAY: String(config.uploadBytesPerAgencyPerDay),
      // GET /progress compares with the same targets as the reports.
      TARGET_POLICY: policy.env,
      PROVINCE_NAME: config.provinceName,
      USER_POOL_ID: this.userPool.userPoolId,
    };
    this.handler = new SohoaFunction(this, 'Handler', {
      name: 'api',
      description: 'sohoa: upload API (presigned PUTs, documents, inventory, progress)',
      environment: apiEnvironment,
      config,
      memorySize: 512,
      timeout: Duration.seconds(15),
      extraFiles: policy.extraFiles,
    });
    this.sheets = new SohoaFunction(this, 'Sheets', {
      name: 'sheets',
      description: 'sohoa: upload API workbooks (report XLSX, agency and inventory imports)',
      environment: apiEnvironment,
      config,
      // exceljs holds a workbook in memory; an import writes every row and its audit entry.
      memorySize: 1024,
      timeout: Duration.seconds(30),
      extraFiles: policy.extraFiles,
    });
    // Least privilege for its three routes: the report reads the table (its queries, no scan); the imports
    // write agencies, inventories and audit entries. No S3, no Cognito.
    grantReadWriteTable(this.sheets.role, data);
    grantWriteObjects(this.handler.role, data, PREFIXES.incoming);
    // GET /documents/{docId}/file presigns reads of the scans for reviewers.
    grantReadObjects(this.handler.role, data, PREFIXES.incoming);
    grantReadWriteTable(this.handler.role, data);
    // POST /reclassify and /reconcile (admins only): bounded passes over every document, reading stored texts.
    grantScanTable(this.handler.role, data);
    grantReadObjects(this.handler.role, data, PREFIXES.extracted);
    // GET/POST/PUT /users (admins only, checked by the handler) manage this pool's users.
    this.handler.role.addToPrincipalPolicy(
      new iam.PolicyStatement({
        actions: [
          'cognito-idp:ListUsers',
          'cognito-idp:AdminGetUser',
          'cognito-idp:AdminCreateUser',
          'cognito-idp:AdminUpdateUserAttributes',
          'cognito-idp:AdminDisableUser',
          'cognito-idp:AdminEnableUser',
        ],
        resources: [this.userPool.userPoolArn],
      }),
    );

    const region = Stack.of(this).region;
    this.oidcIssuer = `https://cognito-idp.${region}.amazonaws.com/${this.userPool.userPoolId}`;
    const authorizer = new HttpJwtAuthorizer(
      'Cognito',
      `https://cognito-idp.${region}.amazonaws.com/${this.userPool.userPoolId}`,
      {
        jwtAudience: [this.client, this.cliClient].flatMap((client) => (client ? [client.userPoolClientId] : [])),
      },
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
    const integrations: Record<ApiFunction, HttpLambdaIntegration> = {
      api: new HttpLambdaIntegration('Handler', this.handler.fn),
      sheets: new HttpLambdaIntegration('Sheets', this.sheets.fn),
    };
    // The route table (shared/routes.ts) is the one list of routes, each to the function its `fn` names;
    // each function's handler serves the same routes.
    for (const route of ROUTES) {
      this.api.addRoutes({
        path: route.path,
        methods: [apigw.HttpMethod[route.method]],
        integration: integrations[functionOf(route)],
      });
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
    // A runaway client must not starve the other agencies: a stage-wide default and, per route, a budget sized
    // to its cost, so a bulk upload saturating POST /uploads leaves the others' reads and reports alone.
    // (These limits are per route, not per caller: HTTP APIs have no usage plans and no WAF association;
    // per-client rate rules belong on the CloudFront distribution in front, and create-upload limits each
    // agency's uploads in flight and bytes per day.)
    stage.defaultRouteSettings = {
      throttlingBurstLimit: DEFAULT_THROTTLE.burst,
      throttlingRateLimit: DEFAULT_THROTTLE.rate,
    };
    stage.routeSettings = Object.fromEntries(
      Object.entries(ROUTE_THROTTLES).map(([key, limit]) => [
        key,
        // RouteSettings is untyped JSON in CloudFormation's spec: CDK passes it through, so PascalCase here.
        { ThrottlingBurstLimit: limit.burst, ThrottlingRateLimit: limit.rate },
      ]),
    );

    // Plain output keys: docs/deploy.md reads them with `aws cloudformation describe-stacks`.
    const outputs: [string, string][] = [
      ['ApiUrl', this.api.apiEndpoint],
      ['UserPoolId', this.userPool.userPoolId],
      ['UserPoolClientId', this.client.userPoolClientId],
      // The OIDC issuer the web app's config.json and `sohoa login` use; sign-in pages at SignInUrl.
      ['OidcIssuer', `https://cognito-idp.${region}.amazonaws.com/${this.userPool.userPoolId}`],
      ['SignInUrl', this.domain.baseUrl()],
      ...(this.cliClient ? ([['CliClientId', this.cliClient.userPoolClientId]] as [string, string][]) : []),
    ];
    for (const [key, value] of outputs) new CfnOutput(this, key, { value }).overrideLogicalId(key);
  }

  /**
   * Lets the web app's client come back to `webUrl` (`https://<domain>/app/`): `<webUrl>callback` after sign-in
   * and `<webUrl>` after sign-out, besides the configured URLs (config.signIn).
   */
  allowWebApp(webUrl: string): void {
    const client = this.client.node.defaultChild as cognito.CfnUserPoolClient;
    const { callbackUrls, logoutUrls } = this.config.signIn;
    client.callbackUrLs = [...callbackUrls, `${webUrl}callback`];
    client.logoutUrLs = [...logoutUrls, webUrl];
  }
}
