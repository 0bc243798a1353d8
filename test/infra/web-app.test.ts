/**
 * The web app in AWS (infra/constructs/web-app.ts, infra/web-acl-stack.ts): private bucket behind CloudFront
 * with origin access control, HTTPS only, security headers and a strict CSP, the API on the same origin under
 * /api/*, config.json from the stack's own values, sign-in URLs on the distribution, and the WAF stack in
 * us-east-1. Synthesized twice: default settings, and a custom domain with a web ACL attached.
 */
import { S3Client } from '@aws-sdk/client-s3';
import { Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '#infra/config.ts';
import { UPLOAD_HEADERS } from '#infra/constructs/documents-cors.ts';
import { API_BASE_PATH, webContentSecurityPolicy } from '#infra/constructs/web-app.ts';
import { WEB_ACL_ARN_PARAMETER } from '#infra/web-acl-stack.ts';
import { requireWebDist } from '#infra/web-dist.ts';
import { makeS3Presigner } from '#shared/adapters/s3/presigner.ts';
import {
  CDK_CONTEXT,
  fakeWebDist,
  renderCfnString,
  resources,
  type Statement,
  sdkCallsOf,
  synthesize,
} from './synth.ts';

type Synth = ReturnType<typeof synthesize>;
let base: Synth;
let custom: Synth;
let noAcl: Synth;
const ACL = 'arn:aws:wafv2:us-east-1:123456789012:global/webacl/sohoa-web/0b1c2d3e-aaaa-bbbb-cccc-1234567890ab';
const CERT = 'arn:aws:acm:us-east-1:123456789012:certificate/12345678-aaaa-bbbb-cccc-1234567890ab';

beforeAll(() => {
  base = synthesize();
  custom = synthesize({
    web: { domainName: 'sohoa.example.gov.vn', certificateArn: CERT, webAclArn: ACL, rateLimitPer5Minutes: 500 },
  });
  noAcl = synthesize({ web: { webAcl: false } });
});

const one = (synth: Synth, type: string) => {
  const found = Object.entries(resources(synth.stateless, type));
  expect(found, type).toHaveLength(1);
  return found[0]!;
};
const distributionConfig = (synth: Synth) =>
  one(synth, 'AWS::CloudFront::Distribution')[1].Properties!.DistributionConfig as Record<string, unknown> & {
    DefaultCacheBehavior: Record<string, unknown>;
    CacheBehaviors: Record<string, unknown>[];
    Origins: { Id: string; DomainName: unknown; S3OriginConfig?: unknown; OriginAccessControlId?: unknown }[];
  };

/** Runs a CloudFront Function's code (cloudfront-js-2.0 is plain JavaScript) on a viewer request. */
function runFunction(synth: Synth, comment: string, uri: string) {
  const fn = Object.values(resources(synth.stateless, 'AWS::CloudFront::Function')).find(
    (f) => (f.Properties!.FunctionConfig as { Comment: string }).Comment === comment,
  );
  if (!fn) throw new Error(`no function ${comment}`);
  const handler = new Function(`${fn.Properties!.FunctionCode as string}; return handler;`)() as (e: unknown) => {
    uri?: string;
    statusCode?: number;
    headers?: { location: { value: string } };
  };
  return handler({ request: { uri, method: 'GET', headers: {} } });
}

describe('web app hosting (CloudFront + S3)', () => {
  it('keeps the site bucket private and lets only this distribution read it, through origin access control', () => {
    const [bucketId, bucket] = one(base, 'AWS::S3::Bucket');
    expect(bucket.Properties).toMatchObject({
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
    });
    expect(bucket.Properties!.WebsiteConfiguration).toBeUndefined();
    const [, oac] = one(base, 'AWS::CloudFront::OriginAccessControl');
    expect(oac.Properties!.OriginAccessControlConfig).toMatchObject({
      OriginAccessControlOriginType: 's3',
      SigningBehavior: 'always',
      SigningProtocol: 'sigv4',
    });
    const policy = Object.values(resources(base.stateless, 'AWS::S3::BucketPolicy')).find(
      (p) => JSON.stringify(p.Properties!.Bucket) === JSON.stringify({ Ref: bucketId }),
    );
    const statements = (policy!.Properties!.PolicyDocument as { Statement: Record<string, unknown>[] }).Statement;
    const read = statements.find((s) => JSON.stringify(s.Principal).includes('cloudfront.amazonaws.com'));
    expect(read).toMatchObject({ Effect: 'Allow', Action: 's3:GetObject' });
    expect(JSON.stringify(read!.Condition)).toContain('AWS:SourceArn');
    // TLS only for anyone else.
    expect(
      statements.some((s) => s.Effect === 'Deny' && JSON.stringify(s.Condition).includes('aws:SecureTransport')),
    ).toBe(true);
    const config = distributionConfig(base);
    const s3Origin = config.Origins.find((o) => o.S3OriginConfig !== undefined)!;
    expect(s3Origin.OriginAccessControlId).toBeDefined();
  });

  it('answers HTTPS only: the app redirects http, the API refuses it, on an HTTPS-only origin', () => {
    const config = distributionConfig(base);
    expect(config.DefaultCacheBehavior).toMatchObject({ ViewerProtocolPolicy: 'redirect-to-https', Compress: true });
    const api = config.CacheBehaviors.find((b) => b.PathPattern === `${API_BASE_PATH}/*`)!;
    expect(api).toMatchObject({
      ViewerProtocolPolicy: 'https-only',
      AllowedMethods: expect.arrayContaining(['POST', 'PUT', 'OPTIONS']),
    });
    const apiOrigin = config.Origins.find((o) => o.Id === api.TargetOriginId)!;
    expect(JSON.stringify(apiOrigin.DomainName)).toContain('.execute-api.');
    expect(apiOrigin).toMatchObject({
      CustomOriginConfig: { OriginProtocolPolicy: 'https-only', OriginSSLProtocols: ['TLSv1.2'] },
    });
  });

  it('forwards Authorization to API Gateway, never Host, and caches no API answer for anyone', () => {
    // The ids AWS publishes (using-managed-cache-policies / using-managed-origin-request-policies): CachingDisabled
    // (all TTLs 0) and AllViewerExceptHostHeader, the documented way to forward Authorization with caching off
    // (repost.aws/knowledge-center/cloudfront-authorization-header). See API_FORWARDING in web-app.ts.
    const CACHING_DISABLED = '4135ea2d-6df8-44a3-9df3-4b5a84be39ad';
    const ALL_VIEWER_EXCEPT_HOST_HEADER = 'b689b0a8-53d0-40ab-baf2-68738e2966ac';
    const FORWARDS_HOST = ['216adef6-5c7f-47e4-b989-5492eafa07d3', '33f36d7e-f396-46d9-90e0-52428a34d9dc'];
    for (const synth of [base, custom]) {
      const config = distributionConfig(synth);
      const api = config.CacheBehaviors.find((b) => b.PathPattern === `${API_BASE_PATH}/*`)!;
      expect(api.CachePolicyId).toBe(CACHING_DISABLED);
      expect(api.OriginRequestPolicyId).toBe(ALL_VIEWER_EXCEPT_HOST_HEADER);
      expect(FORWARDS_HOST).not.toContain(api.OriginRequestPolicyId);
      // No legacy ForwardedValues beside the policies, no custom policy (one naming Authorization is a 400
      // at deploy time), and nothing rewrites Host on the way to execute-api.
      expect(api.ForwardedValues).toBeUndefined();
      expect(resources(synth.stateless, 'AWS::CloudFront::CachePolicy')).toEqual({});
      expect(resources(synth.stateless, 'AWS::CloudFront::OriginRequestPolicy')).toEqual({});
      const apiOrigin = config.Origins.find((o) => o.Id === api.TargetOriginId) as Record<string, unknown>;
      expect(JSON.stringify(apiOrigin.OriginCustomHeaders ?? []).toLowerCase()).not.toContain('host');
    }
  });

  it('sends HSTS, nosniff, frame DENY, no referrer and a CSP without inline script on every answer', () => {
    const [policyId, policy] = one(base, 'AWS::CloudFront::ResponseHeadersPolicy');
    const headers = (
      policy.Properties!.ResponseHeadersPolicyConfig as { SecurityHeadersConfig: Record<string, unknown> }
    ).SecurityHeadersConfig;
    expect(headers).toMatchObject({
      StrictTransportSecurity: { AccessControlMaxAgeSec: 730 * 86400, IncludeSubdomains: true, Override: true },
      ContentTypeOptions: { Override: true },
      FrameOptions: { FrameOption: 'DENY', Override: true },
      ReferrerPolicy: { ReferrerPolicy: 'no-referrer', Override: true },
    });
    const csp = JSON.stringify(
      (headers.ContentSecurityPolicy as { ContentSecurityPolicy: unknown }).ContentSecurityPolicy,
    );
    expect(csp).toContain("script-src 'self';");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toContain("frame-ancestors 'none'");
    // connect-src: the app's own origin (its API under /api), the documents bucket, Cognito — nothing else.
    expect(csp).toMatch(/connect-src 'self' https:\/\/",\{"Fn::ImportValue":"[^"]+"\},"\.s3\./);
    expect(csp).toContain('.auth.');
    expect(csp).toContain('amazoncognito.com');
    expect(csp).toContain('https://cognito-idp.');
    const config = distributionConfig(base);
    for (const behavior of [config.DefaultCacheBehavior, ...config.CacheBehaviors]) {
      expect(behavior.ResponseHeadersPolicyId).toEqual({ Ref: policyId });
    }
  });

  it('writes the CSP directive by directive (same shape as sohoa dev), other origins only where named', () => {
    const csp = webContentSecurityPolicy({ connect: ['https://b.s3.x', 'https://idp'], media: ['https://b.s3.x'] });
    const directives = Object.fromEntries(csp.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['connect-src']).toEqual(["'self'", 'https://b.s3.x', 'https://idp']);
    expect(directives['img-src']).toEqual(["'self'", 'data:', 'blob:', 'https://b.s3.x']);
    expect(directives['object-src']).toEqual(["'none'"]);
  });

  it('routes / to /app/, app routes to index.html, files as they are, and /api/x to the API route /x', () => {
    const router = 'sohoa: / to /app/, app routes to index.html';
    expect(runFunction(base, router, '/')).toMatchObject({
      statusCode: 302,
      headers: { location: { value: '/app/' } },
    });
    expect(runFunction(base, router, '/app/documents/abc-123')).toMatchObject({ uri: '/app/index.html' });
    expect(runFunction(base, router, '/app/')).toMatchObject({ uri: '/app/index.html' });
    expect(runFunction(base, router, '/app/assets/index-abc.js')).toMatchObject({ uri: '/app/assets/index-abc.js' });
    expect(runFunction(base, router, '/app/config.json')).toMatchObject({ uri: '/app/config.json' });
    const api = 'sohoa: /api/* to the HTTP API routes';
    expect(runFunction(base, api, '/api/documents/abc/review')).toMatchObject({ uri: '/documents/abc/review' });
    expect(runFunction(base, api, '/api/report/xlsx')).toMatchObject({ uri: '/report/xlsx' });
  });

  it('deploys web/dist under app/ with a config.json made of this stack’s API, issuer and client, and invalidates it', () => {
    const [, deployment] = one(base, 'Custom::CDKBucketDeployment');
    const props = deployment.Properties!;
    expect(props.DestinationBucketKeyPrefix).toBe('app/');
    expect(props.DistributionPaths).toEqual(['/app/*']);
    expect(props.SourceObjectKeys).toHaveLength(2);
    const markers = JSON.stringify(props.SourceMarkers);
    // Deploy-time values of config.json: the distribution's domain, the user pool and the web client.
    expect(markers).toContain('DomainName');
    expect(markers).toMatch(/"Ref":"UploadApiUsersClient[0-9A-F]+"/);
    expect(markers).toMatch(/"Ref":"UploadApiUsers[0-9A-F]{8}"/);
    expect(JSON.stringify(resources(base.stateless, 'Custom::CDKBucketDeployment'))).toContain('no-cache');
  });

  it('lets Cognito send the web client back to the distribution, besides the configured URLs', () => {
    const clients = Object.values(resources(base.stateless, 'AWS::Cognito::UserPoolClient'));
    const web = clients.find((c) => JSON.stringify(c.Properties!.CallbackURLs).includes('DomainName'))!;
    const callbacks = JSON.stringify(web.Properties!.CallbackURLs);
    expect(callbacks).toContain('https://sohoa.example.gov.vn/app/callback');
    expect(callbacks).toContain('/app/callback');
    expect(JSON.stringify(web.Properties!.LogoutURLs)).toContain('DomainName');
    // The CLI client keeps only its loopback redirects.
    const cli = clients.find((c) => JSON.stringify(c.Properties!.CallbackURLs).includes('localhost'))!;
    expect(JSON.stringify(cli.Properties!.CallbackURLs)).not.toContain('DomainName');
    base.stateless.hasOutput('WebUrl', {});
    base.stateless.hasOutput('WebOrigin', {});
  });

  it('uses a custom domain with TLS 1.2 and the configured web ACL when set', () => {
    const config = distributionConfig(custom);
    expect(config.Aliases).toEqual(['sohoa.example.gov.vn']);
    expect(config.ViewerCertificate).toMatchObject({
      AcmCertificateArn: CERT,
      MinimumProtocolVersion: 'TLSv1.2_2021',
      SslSupportMethod: 'sni-only',
    });
    expect(config.WebACLId).toBe(ACL);
    // The configured ACL replaces the SohoaWebAcl stack's: nothing read, no stack order needed.
    expect(Object.keys(resources(custom.stateless, 'Custom::SohoaWebAclArn'))).toHaveLength(0);
    expect(custom.statelessStack.dependencies.map((s) => s.stackName)).not.toContain('SohoaWebAcl');
    const [, deployment] = one(custom, 'Custom::CDKBucketDeployment');
    // The domain is known at synth: config.json names it, not the distribution's generated name.
    expect(JSON.stringify(deployment.Properties!.SourceMarkers)).not.toContain('DomainName');
  });
});

describe('documents bucket CORS: browser uploads work after the first deploy', () => {
  const BUCKET = '<import:SohoaStateful-DocumentsBucketName>';
  const distributionOrigin = (synth: Synth) => `https://<${one(synth, 'AWS::CloudFront::Distribution')[0]}.DomainName>`;

  it('is written by the web stack with PutBucketCors on the documents bucket: the distribution and allowedOrigins', () => {
    const calls = sdkCallsOf(base.stateless, 'Custom::SohoaDocumentsCors');
    expect(calls.update).toEqual(calls.create);
    expect(calls.create).toMatchObject({ service: 'S3', action: 'PutBucketCors' });
    expect(calls.create.parameters).toEqual({
      Bucket: BUCKET,
      CORSConfiguration: {
        CORSRules: [
          {
            AllowedMethods: ['PUT'],
            AllowedOrigins: [distributionOrigin(base), ...(CDK_CONTEXT.allowedOrigins as string[])],
            AllowedHeaders: ['content-type', 'x-amz-checksum-sha256'],
            ExposeHeaders: ['ETag'],
            MaxAgeSeconds: 3000,
          },
        ],
      },
    });
    // `cdk destroy` of the web stack takes the rule away with the API and the distribution.
    expect(calls.delete).toEqual({ service: 'S3', action: 'DeleteBucketCors', parameters: { Bucket: BUCKET } });
  });

  it('names exact https origins only, each once (a custom domain also listed in allowedOrigins)', () => {
    const rule = (synth: Synth) =>
      (
        sdkCallsOf(synth.stateless, 'Custom::SohoaDocumentsCors').create.parameters.CORSConfiguration as {
          CORSRules: { AllowedOrigins: string[] }[];
        }
      ).CORSRules;
    for (const synth of [base, custom]) {
      expect(rule(synth)).toHaveLength(1);
      for (const origin of rule(synth)[0]!.AllowedOrigins) expect(origin).toMatch(/^https:\/\/[^*/\s]+$/);
    }
    // The custom domain is known at synth: the rule names it (once), not the generated name.
    expect(rule(custom)[0]!.AllowedOrigins).toEqual(['https://sohoa.example.gov.vn']);
  });

  it('lets the custom resource change the CORS of that one bucket and nothing else', () => {
    const policies = Object.values(resources(base.stateless, 'AWS::IAM::Policy')).filter((p) =>
      JSON.stringify(p.Properties!.PolicyDocument).toLowerCase().includes('putbucketcors'),
    );
    expect(policies).toHaveLength(1);
    const statements = (policies[0]!.Properties!.PolicyDocument as { Statement: Statement[] }).Statement;
    expect(statements).toEqual([
      {
        Effect: 'Allow',
        Action: 's3:PutBucketCORS',
        Resource: { 'Fn::ImportValue': 'SohoaStateful-DocumentsBucketArn' },
      },
    ]);
  });

  it('leaves CORS out of the data stack, so its later deploys never rewrite or remove the rule', () => {
    for (const synth of [base, custom]) {
      const buckets = Object.values(resources(synth.stateful, 'AWS::S3::Bucket'));
      expect(buckets.some((b) => b.Properties?.CorsConfiguration !== undefined)).toBe(false);
    }
  });

  it('allows exactly the headers the presigned PUT is signed with, but content-length (the browser sets it)', async () => {
    const client = new S3Client({
      region: 'ap-southeast-1',
      credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
      requestChecksumCalculation: 'WHEN_REQUIRED',
    });
    const { url, headers } = await makeS3Presigner({ client, bucket: 'b' }).presignPut({
      key: 'incoming/a/u/x.pdf',
      contentType: 'application/pdf',
      size: 10,
      sha256Base64: Buffer.alloc(32).toString('base64'),
      expiresInSeconds: 900,
    });
    const signed = new URL(url).searchParams.get('X-Amz-SignedHeaders')!.split(';');
    const browserSends = (names: string[]) => names.filter((h) => h !== 'host' && h !== 'content-length').sort();
    expect([...UPLOAD_HEADERS].sort()).toEqual(browserSends(signed));
    expect([...UPLOAD_HEADERS].sort()).toEqual(browserSends(Object.keys(headers)));
  });
});

describe('web ACL attached by default', () => {
  it('gives the distribution the ARN read from the us-east-1 parameter the SohoaWebAcl stack writes', () => {
    const [readerId, reader] = one(base, 'Custom::SohoaWebAclArn');
    expect(distributionConfig(base).WebACLId).toEqual({ 'Fn::GetAtt': [readerId, 'Parameter.Value'] });
    const call = JSON.parse(reader.Properties!.Create as string);
    expect(JSON.parse(reader.Properties!.Update as string)).toEqual(call);
    expect(call).toMatchObject({
      service: 'SSM',
      action: 'GetParameter',
      region: 'us-east-1',
      parameters: { Name: WEB_ACL_ARN_PARAMETER },
    });
    expect(call.physicalResourceId.id).toBe(`web-acl-arn-${base.webAclStack.published.fingerprint}`);
    base.webAcl.hasResourceProperties('AWS::SSM::Parameter', {
      Name: WEB_ACL_ARN_PARAMETER,
      Type: 'String',
      Value: { 'Fn::GetAtt': [base.webAclStack.getLogicalId(base.webAclStack.webAcl), 'Arn'] },
    });
    expect(base.statelessStack.dependencies.map((s) => s.stackName)).toContain('SohoaWebAcl');
  });

  it('lets the reader call ssm:GetParameter on that one parameter in us-east-1 and nothing else', () => {
    const [, reader] = one(base, 'Custom::SohoaWebAclArn');
    const policyId = (reader.DependsOn as string[]).find(
      (id) => resources(base.stateless)[id]?.Type === 'AWS::IAM::Policy',
    );
    const statements = (resources(base.stateless)[policyId!]!.Properties!.PolicyDocument as { Statement: Statement[] })
      .Statement;
    expect(statements).toHaveLength(1);
    expect(statements[0]).toMatchObject({ Effect: 'Allow', Action: 'ssm:GetParameter' });
    expect(renderCfnString(statements[0]!.Resource)).toBe(
      `arn:<AWS::Partition>:ssm:us-east-1:<AWS::AccountId>:parameter${WEB_ACL_ARN_PARAMETER}`,
    );
  });

  it('re-reads the ARN when the web ACL definition changes', () => {
    expect(custom.webAclStack.published.fingerprint).not.toBe(base.webAclStack.published.fingerprint);
  });

  it('deploys without a web ACL only when web.webAcl is false, and refuses false with a webAclArn', () => {
    expect(distributionConfig(noAcl).WebACLId).toBeUndefined();
    expect(Object.keys(resources(noAcl.stateless, 'Custom::SohoaWebAclArn'))).toHaveLength(0);
    expect(noAcl.statelessStack.dependencies.map((s) => s.stackName)).not.toContain('SohoaWebAcl');
    expect(() => parseConfig({ ...CDK_CONTEXT, web: { webAcl: false, webAclArn: ACL } })).toThrow(/contradict/);
  });
});

describe('web ACL stack (us-east-1)', () => {
  it('is a CLOUDFRONT web ACL in us-east-1 with a per-IP rate rule and the AWS common rules', () => {
    expect(base.webAclStack.region).toBe('us-east-1');
    base.webAcl.hasResourceProperties('AWS::WAFv2::WebACL', {
      Scope: 'CLOUDFRONT',
      DefaultAction: { Allow: {} },
      Rules: Match.arrayWith([
        Match.objectLike({
          Name: 'RatePerIp',
          Action: { Block: {} },
          Statement: { RateBasedStatement: { AggregateKeyType: 'IP', Limit: 2000 } },
        }),
        Match.objectLike({
          Name: 'AwsCommonRules',
          Statement: {
            ManagedRuleGroupStatement: Match.objectLike({ VendorName: 'AWS', Name: 'AWSManagedRulesCommonRuleSet' }),
          },
        }),
      ]),
    });
    custom.webAcl.hasResourceProperties('AWS::WAFv2::WebACL', {
      Rules: Match.arrayWith([
        Match.objectLike({ Statement: { RateBasedStatement: Match.objectLike({ Limit: 500 }) } }),
      ]),
    });
    base.webAcl.hasOutput('WebAclArn', {});
  });
});

describe('web settings and the build', () => {
  it('takes a custom domain only with its us-east-1 certificate, and only a CLOUDFRONT-scope web ACL', () => {
    const raw = { ...CDK_CONTEXT };
    expect(() => parseConfig({ ...raw, web: { domainName: 'sohoa.example.gov.vn' } })).toThrow(
      /certificateArn go together/,
    );
    expect(() =>
      parseConfig({
        ...raw,
        web: {
          domainName: 'sohoa.example.gov.vn',
          certificateArn: 'arn:aws:acm:ap-southeast-1:123456789012:certificate/x',
        },
      }),
    ).toThrow(/us-east-1/);
    expect(() =>
      parseConfig({ ...raw, web: { webAclArn: 'arn:aws:wafv2:ap-southeast-1:123456789012:regional/webacl/a/b' } }),
    ).toThrow(/CLOUDFRONT/);
    expect(parseConfig(raw).web).toEqual({
      domainName: null,
      certificateArn: null,
      webAcl: true,
      webAclArn: null,
      rateLimitPer5Minutes: 2000,
    });
  });

  it('refuses to synthesize without a built web app, saying what to run', () => {
    expect(requireWebDist(fakeWebDist())).toMatch(/sohoa-web-dist-/);
    expect(() => requireWebDist('/nonexistent/web/dist')).toThrow(/npm run build:web/);
  });
});
