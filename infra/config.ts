/**
 * Deployment settings, read once from the CDK context (cdk.json `context`, or `-c key=value`) and validated
 * with zod. Every problem is reported in ONE error so an admin fixes cdk.json in one pass.
 */
import { existsSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import type { Node } from 'constructs';
import { z } from 'zod';
import { loadTargetPolicy } from '#shared/domain/targets.ts';
import {
  DEFAULT_MAX_UPLOAD_BYTES_PER_DAY,
  DEFAULT_MAX_UPLOADS_IN_FLIGHT,
  MAX_SINGLE_PUT_BYTES,
} from '#shared/domain/upload-rules.ts';
import { ConfigError } from '#shared/errors.ts';
import { type Architecture, hostArchitecture } from './bundling.ts';

/** Retention values CloudWatch Logs accepts (anything else is rejected by the service at deploy time). */
const LOG_RETENTION_DAYS = [
  1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653,
] as const;

/** EventBridge Scheduler cron: `cron(minutes hours day-of-month month day-of-week year)`. */
const schedulerCron = z
  .string()
  .regex(/^cron\((\S+\s+){5}\S+\)$/, 'must be an EventBridge Scheduler expression: cron(min hour dom month dow year)');

const email = z.string().email();

/** A redirect URI Cognito accepts: https, or http only for localhost (a CLI's loopback); no fragment, no wildcard. */
const redirectUri = z
  .string()
  .url()
  .refine((value) => {
    const url = URL.parse(value);
    if (!url || url.hash || value.includes('*')) return false;
    return url.protocol === 'https:' || (url.protocol === 'http:' && url.hostname === 'localhost');
  }, 'must be an exact https URL (http only for localhost), without fragment or wildcard');

/** Why `value` is not a CORS origin (`https://host[:port]` exactly as a browser sends it in `Origin`), or null. */
function originProblem(value: string): string | null {
  if (value.includes('*')) return 'no wildcards: list each origin exactly (https://sohoa.example.gov.vn)';
  const url = URL.parse(value);
  if (!url) return 'not a URL; an origin looks like https://sohoa.example.gov.vn';
  if (url.protocol !== 'https:') return 'must be https:// (browsers upload scans through it)';
  if (value.endsWith('/')) return 'an origin has no trailing slash';
  if (url.origin !== value) return `an origin is scheme, host and port only: ${url.origin}`;
  return null;
}

function checkOrigin(value: string, ctx: z.RefinementCtx): void {
  const problem = originProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: `${JSON.stringify(value)}: ${problem}` });
}

/** Cognito managed login: the domain prefix and the exact redirect URIs of the app clients. */
const signInSchema = z.object({
  /** `https://<prefix>.auth.<region>.amazoncognito.com`; lower-case letters, digits, hyphens (no "cognito"/"aws"). */
  domainPrefix: z
    .string()
    .regex(/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/, 'lower-case letters, digits and hyphens')
    .refine((prefix) => !/cognito|aws|amazon/.test(prefix), 'may not contain cognito, aws or amazon'),
  /** Where Cognito may send the web app back after sign-in: exactly `<webUrl>callback`. */
  callbackUrls: z.array(redirectUri).min(1),
  /** Where it may send it after sign-out: exactly `<webUrl>`. */
  logoutUrls: z.array(redirectUri).min(1),
  /** The CLI's loopback redirects (`sohoa login`), e.g. `http://localhost:53682/callback`; none: no CLI client. */
  cliCallbackUrls: z.array(redirectUri).default([]),
});

/** The web app on CloudFront (infra/constructs/web-app.ts) and its WAF (infra/web-acl-stack.ts). */
const webSchema = z
  .object({
    /** A custom domain for the distribution (e.g. `sohoa.dienbien.gov.vn`); null: the `*.cloudfront.net` name. */
    domainName: z
      .string()
      .regex(/^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,}$/, 'a lower-case DNS name')
      .nullable()
      .default(null),
    /** ACM certificate of `domainName`; CloudFront only takes certificates from us-east-1. */
    certificateArn: z
      .string()
      .regex(/^arn:aws:acm:us-east-1:\d{12}:certificate\/[\w-]+$/, 'an ACM certificate ARN in us-east-1')
      .nullable()
      .default(null),
    /**
     * A WAF web ACL in front of the distribution (on by default): `webAclArn` if set, else the SohoaWebAcl
     * stack's, attached at deploy time. `false` deploys with no web ACL at all: an explicit opt-out only.
     */
    webAcl: z.boolean().default(true),
    /**
     * An existing web ACL to attach instead of the SohoaWebAcl stack's (scope CLOUDFRONT, us-east-1, e.g. a
     * province's own); null: the SohoaWebAcl stack's.
     */
    webAclArn: z
      .string()
      .regex(/^arn:aws:wafv2:us-east-1:\d{12}:global\/webacl\/[\w-]+\/[\w-]+$/, 'a CLOUDFRONT-scope web ACL ARN')
      .nullable()
      .default(null),
    /** The web ACL's rate rule: requests per client IP in any 5 minutes before it is blocked. */
    rateLimitPer5Minutes: z.number().int().min(100).max(2_000_000_000).default(2000),
  })
  .refine((web) => (web.domainName === null) === (web.certificateArn === null), {
    message: 'domainName and certificateArn go together',
  })
  .refine((web) => web.webAcl || web.webAclArn === null, {
    message: 'webAcl false (no web ACL) and a webAclArn contradict each other',
  });

export const configSchema = z.object({
  /** Province name as printed in reports (with diacritics). */
  provinceName: z.string().trim().min(1),
  /** Built-in target policy id (`dien-bien-1536`) or a path to a policy JSON file (copied into the report bundle). */
  targetPolicy: z.string().trim().min(1),
  ocrEngine: z.enum(['textract', 'tesseract']).default('textract'),
  /**
   * Instruction set of every function. `host` (the default): the machine running `cdk synth`, whose
   * native binaries `npm ci` installed; `arm64` (Graviton, cheaper) or `x86_64` need that platform's
   * Linux binaries in node_modules, and synth names the npm command when they are missing.
   */
  architecture: z
    .enum(['host', 'arm64', 'x86_64'])
    .default('host')
    .transform((value, ctx): Architecture => {
      if (value !== 'host') return value;
      const host = hostArchitecture();
      if (host) return host;
      ctx.addIssue({
        code: 'custom',
        message: `host CPU ${process.arch} is not a Lambda architecture: set arm64 or x86_64`,
      });
      return z.NEVER;
    }),
  /** The From address of report e-mails. */
  senderEmail: email,
  /** The SES identity that authorizes `senderEmail` (its domain or the address itself). Default: its domain. */
  sesIdentity: z.string().trim().min(1).optional(),
  /** Who receives the province summary. */
  summaryRecipients: z.array(email).min(1),
  schedules: z.object({ monthly: schedulerCron, annual: schedulerCron }),
  /** Largest accepted upload. A presigned single PUT cannot exceed 5 GiB. */
  maxUploadBytes: z.number().int().positive().max(MAX_SINGLE_PUT_BYTES),
  /**
   * Fairness per agency, enforced by POST /uploads (429 in Vietnamese): documents still being uploaded (URL
   * issued within its lifetime, not yet picked up by extract), and bytes presigned per Vietnam day.
   */
  uploadsInFlightPerAgency: z.number().int().min(1).max(100_000).default(DEFAULT_MAX_UPLOADS_IN_FLIGHT),
  uploadBytesPerAgencyPerDay: z
    .number()
    .int()
    .positive()
    .max(10 * 1024 ** 4)
    .default(DEFAULT_MAX_UPLOAD_BYTES_PER_DAY),
  /**
   * Other browser origins allowed to call the API and PUT to the bucket (CORS). The web app's own origin is
   * always allowed to PUT (infra/constructs/documents-cors.ts) and need not be listed; empty: no other origin.
   * Exact `https://host[:port]` origins only: no wildcard, no path, and no plain http, not even localhost (the
   * local mode serves the web app from the API's own origin and needs no CORS entry).
   */
  allowedOrigins: z.array(z.string().superRefine(checkOrigin)),
  /**
   * Reserved concurrency of `extract`: the Textract request-rate throttle. At least 2, because the SQS
   * event source's maximum concurrency (kept equal to it so pollers never outrun it) cannot be lower.
   */
  extractConcurrency: z.number().int().min(2).max(1000),
  logRetentionDays: z
    .number()
    .int()
    .refine((days) => (LOG_RETENTION_DAYS as readonly number[]).includes(days), {
      message: `must be one of ${LOG_RETENTION_DAYS.join(', ')}`,
    }),
  /** S3 Object Lock (governance mode) as an archive setting. Can only be turned on when the bucket is created. */
  objectLock: z.object({
    enabled: z.boolean(),
    retentionDays: z.number().int().min(1).max(36_500),
  }),
  /** Move originals (`incoming/`) to S3 Glacier Instant Retrieval after this many days; null keeps them in Standard. */
  archiveOriginalsAfterDays: z.number().int().min(30).nullable(),
  signIn: signInSchema,
  /** E-mail subscribed to the alarm topic; null: no subscription. */
  alarmEmail: email.nullable(),
  web: webSchema.default({
    domainName: null,
    certificateArn: null,
    webAcl: true,
    webAclArn: null,
    rateLimitPer5Minutes: 2000,
  }),
});

export type SohoaConfig = z.infer<typeof configSchema> & { sesIdentity: string };

export const CONFIG_KEYS = Object.keys(configSchema.shape) as (keyof typeof configSchema.shape)[];

/** Context values given with `-c key=value` arrive as strings: parse JSON-looking ones (numbers, arrays, objects). */
function fromContext(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const text = value.trim();
  if (/^(\[|\{|-?\d|true$|false$|null$)/.test(text)) {
    try {
      return JSON.parse(text);
    } catch {
      return value;
    }
  }
  return value;
}

/** Validates raw settings; throws one ConfigError naming every missing or invalid key. */
export function parseConfig(raw: Record<string, unknown>, baseDir = process.cwd()): SohoaConfig {
  const input = Object.fromEntries(CONFIG_KEYS.map((key) => [key, fromContext(raw[key])]));
  const parsed = configSchema.safeParse(input);
  const problems = parsed.success
    ? []
    : parsed.error.issues.map((issue) => `  - ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  if (parsed.success) {
    const policy = parsed.data.targetPolicy;
    if (isPolicyFile(policy)) {
      const path = isAbsolute(policy) ? policy : resolve(baseDir, policy);
      if (!existsSync(path)) problems.push(`  - targetPolicy: file not found: ${path}`);
      else {
        try {
          loadTargetPolicy(path);
        } catch (error) {
          problems.push(`  - targetPolicy: ${(error as Error).message}`);
        }
      }
    } else {
      try {
        loadTargetPolicy(policy);
      } catch (error) {
        problems.push(`  - targetPolicy: ${(error as Error).message}`);
      }
    }
  }
  if (problems.length > 0 || !parsed.success) {
    throw new ConfigError(
      `invalid sohoa deployment settings (CDK context, see docs/deploy.md):\n${problems.join('\n')}`,
    );
  }
  const data = parsed.data;
  return { ...data, sesIdentity: data.sesIdentity ?? data.senderEmail.split('@')[1]! };
}

/** Reads the settings from the CDK context of `node` (an App). */
export function loadConfig(node: Node, baseDir = process.cwd()): SohoaConfig {
  const raw = Object.fromEntries(CONFIG_KEYS.map((key) => [key, node.tryGetContext(key)]));
  return parseConfig(raw, baseDir);
}

/** Same rule as loadTargetPolicy: a path contains `/` or ends in `.json`; anything else is a built-in id. */
export function isPolicyFile(targetPolicy: string): boolean {
  return targetPolicy.includes('/') || targetPolicy.endsWith('.json');
}
