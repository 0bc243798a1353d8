/**
 * The web app in AWS: the built app (web/dist) in a private bucket, read only by CloudFront through origin
 * access control; HTTPS only; security headers and a strict Content-Security-Policy on every answer; the
 * HTTP API under `/api/*` of the same distribution, so the app calls its API on its own origin (no CORS, and
 * the WAF web ACL covers the app's API calls too); `/app/config.json` written at deploy time from
 * the stack's own values.
 *
 * Why the API goes through the distribution: a CSP naming the API's execute-api URL makes the distribution
 * depend on the API, and API CORS naming the distribution's domain makes the API depend on the distribution —
 * a cycle CloudFormation refuses. On one origin, `connect-src 'self'` is exactly the API.
 */
import { Duration, Fn, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import type * as apigw from 'aws-cdk-lib/aws-apigatewayv2';
import * as acm from 'aws-cdk-lib/aws-certificatemanager';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import type * as logs from 'aws-cdk-lib/aws-logs';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as s3deploy from 'aws-cdk-lib/aws-s3-deployment';
import { Construct } from 'constructs';
import type { SohoaConfig } from '../config.ts';
import type { PublishedWebAcl } from '../web-acl-stack.ts';
import { WebAclArn } from './web-acl-arn.ts';

/** The app's base path (web/vite.config.ts `base`) and where the API is mounted on the distribution. */
export const WEB_BASE_PATH = '/app/';
export const API_BASE_PATH = '/api';

/**
 * Which web ACL the distribution gets: the configured `web.webAclArn`, else the SohoaWebAcl stack's (the
 * default), or none when `web.webAcl` is false. infra/sohoa-app.ts orders the stacks by the same answer.
 */
export function webAclSource(web: SohoaConfig['web']): 'configured' | 'stack' | 'none' {
  if (!web.webAcl) return 'none';
  return web.webAclArn === null ? 'stack' : 'configured';
}

export interface WebAppProps {
  readonly config: SohoaConfig;
  /** The built app (web/dist), checked by infra/web-dist.ts. */
  readonly distDir: string;
  readonly api: apigw.HttpApi;
  /** Issuer of the tokens (`https://cognito-idp.<region>.amazonaws.com/<poolId>`). */
  readonly oidcIssuer: string;
  /** The web app's Cognito app client id. */
  readonly clientId: string;
  /** The managed-login domain (`https://<prefix>.auth.<region>.amazoncognito.com`), for the token endpoint. */
  readonly signInDomain: string;
  /** Where presigned PUTs and GETs of scans go (`https://<bucket>.s3.<region>.amazonaws.com`). */
  readonly documentsOrigin: string;
  /** The SohoaWebAcl stack's published ARN, read when `webAclSource` is 'stack'. */
  readonly publishedWebAcl: PublishedWebAcl;
  /** The log group of the stack's AwsCustomResource function. */
  readonly sdkCallLogGroup: logs.ILogGroup;
}

/**
 * The Content-Security-Policy of the deployed app: the same directives as `sohoa dev` serves
 * (local/web-static.ts), with the documents bucket (presigned uploads, the scan image or PDF) and Cognito
 * (metadata, keys and token endpoint) as the only other origins. No inline script, no eval.
 */
export function webContentSecurityPolicy(others: { connect: readonly string[]; media: readonly string[] }): string {
  const list = (base: string, extra: readonly string[]) => [base, ...extra].join(' ');
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    `img-src ${list("'self' data: blob:", others.media)}`,
    `connect-src ${list("'self'", others.connect)}`,
    `frame-src ${list("'self' blob:", others.media)}`,
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    'upgrade-insecure-requests',
  ].join('; ');
}

/**
 * Viewer-request functions (cloudfront-js-2.0). `/` and `/app` go to `/app/`; a path under `/app/` without a
 * file extension is a route of the single-page app and gets its index.html (never an error page rewrite,
 * which would also turn the API's 403/404 answers into the app's page).
 */
const APP_ROUTER = `function handler(event) {
  var request = event.request;
  var uri = request.uri;
  if (uri === '/' || uri === '/app') {
    return { statusCode: 302, statusDescription: 'Found', headers: { location: { value: '/app/' } } };
  }
  var last = uri.substring(uri.lastIndexOf('/') + 1);
  if (uri.indexOf('/app/') === 0 && last.indexOf('.') === -1) request.uri = '/app/index.html';
  return request;
}`;

/**
 * How `/api/*` reaches API Gateway: nothing cached, `Authorization` forwarded, `Host` not.
 *
 * CloudFront strips `Authorization` from origin requests unless a policy forwards it, and an origin request
 * policy may not name it (CreateOriginRequestPolicy answers 400). It reaches the origin either as part of the
 * cache key (a cache policy listing it) or through an origin request policy forwarding *all* viewer headers:
 * https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/http-401-unauthorized.html, and for the
 * no-cache case, "if caching is turned off, then you can use AllViewer and AllViewerExceptHostHeader origin
 * request policies to forward an authorization header":
 * https://repost.aws/knowledge-center/cloudfront-authorization-header.
 * A cache policy keyed on Authorization cannot turn caching off: with MinTTL, DefaultTTL and MaxTTL all 0
 * CloudFront accepts no cache-key headers (aws/aws-cdk#13441, #16977), so it would need MaxTTL ≥ 1 s: an
 * answer carrying max-age could then be served again from the edge (to the same token). Hence the managed pair:
 * - CachingDisabled: all TTLs 0, nothing cached, for any user;
 * - AllViewerExceptHostHeader: every viewer header (Authorization included) but `Host`, so execute-api sees
 *   its own host name (the viewer's Host — the distribution's — makes API Gateway answer 403); AllViewer
 *   (216adef6-…) would forward it.
 * Managed-policy ids: https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-managed-cache-policies.html
 * and …/using-managed-origin-request-policies.html; test/infra/web-app.test.ts pins them.
 */
const API_FORWARDING = {
  /** Managed-CachingDisabled, 4135ea2d-6df8-44a3-9df3-4b5a84be39ad. */
  cachePolicy: cloudfront.CachePolicy.CACHING_DISABLED,
  /** Managed-AllViewerExceptHostHeader, b689b0a8-53d0-40ab-baf2-68738e2966ac. */
  originRequestPolicy: cloudfront.OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
};

/** `/api/uploads` → `/uploads` on the HTTP API (its routes have no prefix). */
const API_PREFIX_STRIP = `function handler(event) {
  var request = event.request;
  request.uri = request.uri.substring(${API_BASE_PATH.length}) || '/';
  return request;
}`;

export class WebApp extends Construct {
  readonly bucket: s3.Bucket;
  readonly distribution: cloudfront.Distribution;
  readonly headers: cloudfront.ResponseHeadersPolicy;
  /** Reads the SohoaWebAcl stack's ARN; undefined when the web ACL is configured or turned off. */
  readonly webAclArn?: WebAclArn;
  /** `https://<domain>` (no trailing slash). */
  readonly origin: string;
  /** `https://<domain>/app/`. */
  readonly url: string;

  constructor(scope: Construct, id: string, props: WebAppProps) {
    super(scope, id);
    const { config } = props;
    const web = config.web;

    this.bucket = new s3.Bucket(this, 'Site', {
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      versioned: true,
      lifecycleRules: [{ noncurrentVersionExpiration: Duration.days(30) }],
      // Only built files: the deployment re-creates them.
      removalPolicy: RemovalPolicy.DESTROY,
    });
    Validations.of(this.bucket).acknowledge({
      id: 'AwsSolutions-S1',
      reason:
        'Holds only the built web app (public JavaScript, CSS, HTML), read by CloudFront alone through OAC; reads are the distribution requests, and every API call is in the API access log.',
    });

    const region = Stack.of(this).region;
    this.headers = new cloudfront.ResponseHeadersPolicy(this, 'SecurityHeaders', {
      comment: 'sohoa web app: HSTS, CSP, nosniff, frame DENY, no referrer',
      securityHeadersBehavior: {
        strictTransportSecurity: {
          accessControlMaxAge: Duration.days(730),
          includeSubdomains: true,
          preload: false,
          override: true,
        },
        contentTypeOptions: { override: true },
        frameOptions: { frameOption: cloudfront.HeadersFrameOption.DENY, override: true },
        referrerPolicy: { referrerPolicy: cloudfront.HeadersReferrerPolicy.NO_REFERRER, override: true },
        contentSecurityPolicy: {
          contentSecurityPolicy: webContentSecurityPolicy({
            connect: [props.documentsOrigin, props.signInDomain, `https://cognito-idp.${region}.amazonaws.com`],
            media: [props.documentsOrigin],
          }),
          override: true,
        },
      },
      customHeadersBehavior: {
        customHeaders: [
          { header: 'Cross-Origin-Opener-Policy', value: 'same-origin', override: true },
          { header: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()', override: true },
        ],
      },
    });

    const apiOrigin = new origins.HttpOrigin(`${props.api.apiId}.execute-api.${region}.${Stack.of(this).urlSuffix}`, {
      protocolPolicy: cloudfront.OriginProtocolPolicy.HTTPS_ONLY,
      originSslProtocols: [cloudfront.OriginSslPolicy.TLS_V1_2],
    });
    const aclSource = webAclSource(web);
    if (aclSource === 'stack') {
      this.webAclArn = new WebAclArn(this, 'WebAclArn', {
        published: props.publishedWebAcl,
        logGroup: props.sdkCallLogGroup,
      });
    }
    const webAclId = aclSource === 'configured' ? web.webAclArn! : this.webAclArn?.arn;
    const certificate = web.certificateArn
      ? acm.Certificate.fromCertificateArn(this, 'Certificate', web.certificateArn)
      : undefined;

    this.distribution = new cloudfront.Distribution(this, 'Distribution', {
      comment: 'sohoa web app and its API',
      defaultBehavior: {
        origin: origins.S3BucketOrigin.withOriginAccessControl(this.bucket),
        viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        allowedMethods: cloudfront.AllowedMethods.ALLOW_GET_HEAD,
        cachePolicy: cloudfront.CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: this.headers,
        compress: true,
        functionAssociations: [
          {
            eventType: cloudfront.FunctionEventType.VIEWER_REQUEST,
            function: new cloudfront.Function(this, 'AppRouter', {
              code: cloudfront.FunctionCode.fromInline(APP_ROUTER),
              runtime: cloudfront.FunctionRuntime.JS_2_0,
              comment: 'sohoa: / to /app/, app routes to index.html',
            }),
          },
        ],
      },
      additionalBehaviors: {
        [`${API_BASE_PATH}/*`]: {
          origin: apiOrigin,
          viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.HTTPS_ONLY,
          allowedMethods: cloudfront.AllowedMethods.ALLOW_ALL,
          // Never cached, and the bearer token reaches the API's JWT authorizer (API_FORWARDING above).
          ...API_FORWARDING,
          responseHeadersPolicy: this.headers,
          functionAssociations: [
            {
              eventType: cloudfront.FunctionEventType.VIEWER_REQUEST,
              function: new cloudfront.Function(this, 'ApiPrefix', {
                code: cloudfront.FunctionCode.fromInline(API_PREFIX_STRIP),
                runtime: cloudfront.FunctionRuntime.JS_2_0,
                comment: 'sohoa: /api/* to the HTTP API routes',
              }),
            },
          ],
        },
      },
      httpVersion: cloudfront.HttpVersion.HTTP2_AND_3,
      // Asia (Viet Nam) included.
      priceClass: cloudfront.PriceClass.PRICE_CLASS_200,
      ...(web.domainName && certificate
        ? {
            domainNames: [web.domainName],
            certificate,
            minimumProtocolVersion: cloudfront.SecurityPolicyProtocol.TLS_V1_2_2021,
          }
        : {}),
      ...(webAclId ? { webAclId } : {}),
    });

    const domain = web.domainName ?? this.distribution.distributionDomainName;
    this.origin = `https://${domain}`;
    this.url = `${this.origin}${WEB_BASE_PATH}`;

    new s3deploy.BucketDeployment(this, 'Deploy', {
      destinationBucket: this.bucket,
      destinationKeyPrefix: WEB_BASE_PATH.slice(1),
      sources: [
        s3deploy.Source.asset(props.distDir),
        // The same file `sohoa dev` serves at /app/config.json (local/web-static.ts), from this stack's values.
        s3deploy.Source.jsonData('config.json', {
          apiUrl: `${this.origin}${API_BASE_PATH}`,
          oidcIssuer: props.oidcIssuer,
          clientId: props.clientId,
          redirectUri: `${this.url}callback`,
          postLogoutRedirectUri: this.url,
        }),
      ],
      // Revalidated on every load (ETag): a deployment is visible at once; the hashed assets answer 304.
      cacheControl: [s3deploy.CacheControl.noCache()],
      distribution: this.distribution,
      distributionPaths: [`${WEB_BASE_PATH}*`],
      memoryLimit: 512,
    });

    this.acknowledgeFindings(webAclId !== undefined, web.certificateArn !== null);
  }

  private acknowledgeFindings(hasWaf: boolean, hasCertificate: boolean): void {
    const findings = [
      {
        id: 'AwsSolutions-CFR1',
        reason:
          'No geo restriction: clerks and leaders also work from abroad (training, missions); WAF rate rules and Cognito MFA protect the app.',
      },
      {
        id: 'AwsSolutions-CFR3',
        reason:
          'CloudFront standard logs need an ACL-enabled bucket; the API behind /api/* keeps its own access log (API Gateway) and the WAF web ACL its sampled requests and metrics.',
      },
    ];
    if (!hasWaf) {
      findings.push({
        id: 'AwsSolutions-CFR2',
        reason:
          "The deployment turned the web ACL off on purpose (web.webAcl false, docs/deploy.md); by default the SohoaWebAcl stack's ACL is attached, or the one in web.webAclArn.",
      });
    }
    if (!hasCertificate) {
      findings.push({
        id: 'AwsSolutions-CFR4',
        reason:
          'Without a custom domain the distribution uses the default *.cloudfront.net certificate, for which CloudFront allows TLSv1; with web.domainName and web.certificateArn it enforces TLSv1.2_2021.',
      });
    }
    for (const finding of findings) Validations.of(this.distribution).acknowledge(finding);
  }
}

/** `https://<bucket>.s3.<region>.amazonaws.com`: the host of the presigned URLs (virtual-hosted style). */
export function bucketOrigin(bucketName: string, scope: Construct): string {
  const stack = Stack.of(scope);
  return Fn.join('', ['https://', bucketName, '.s3.', stack.region, '.', stack.urlSuffix]);
}
