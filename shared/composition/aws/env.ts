/**
 * Lambda configuration: each function reads and validates its environment once per cold start (zod, one
 * aggregated error). Only zod and domain constants here, so every function's composition can import it.
 */
import { z } from 'zod';
import {
  DEFAULT_MAX_UPLOAD_BYTES,
  DEFAULT_MAX_UPLOAD_BYTES_PER_DAY,
  DEFAULT_MAX_UPLOADS_IN_FLIGHT,
  DEFAULT_UPLOAD_URL_TTL_SECONDS,
} from '#shared/domain/upload-rules.ts';
import { ConfigError } from '#shared/errors.ts';

export type Env = Record<string, string | undefined>;

const required = (name: string) =>
  z
    .string({ required_error: `${name} is required` })
    .trim()
    .min(1, `${name} is empty`);
const positiveInt = z.coerce.number().int().positive();

const baseSchema = z.object({
  TABLE_NAME: required('TABLE_NAME'),
  BUCKET_NAME: required('BUCKET_NAME'),
});

const apiSchema = baseSchema.extend({
  MAX_UPLOAD_BYTES: positiveInt.default(DEFAULT_MAX_UPLOAD_BYTES),
  /** Per agency (create-upload): uploads in flight, and bytes presigned per Vietnam day. */
  MAX_UPLOADS_IN_FLIGHT: positiveInt.default(DEFAULT_MAX_UPLOADS_IN_FLIGHT),
  MAX_UPLOAD_BYTES_PER_DAY: positiveInt.default(DEFAULT_MAX_UPLOAD_BYTES_PER_DAY),
  // S3 presigned URLs live at most 7 days; an upload URL should live minutes.
  UPLOAD_URL_TTL_SECONDS: positiveInt.max(7 * 24 * 3600).default(DEFAULT_UPLOAD_URL_TTL_SECONDS),
  TARGET_POLICY: z.string().trim().optional(),
  PROVINCE_NAME: required('PROVINCE_NAME'),
  /** The Cognito user pool that `GET/POST/PUT /users` manage. */
  USER_POOL_ID: required('USER_POOL_ID'),
});

const extractSchema = baseSchema.extend({
  OCR_ENGINE: z.enum(['textract', 'tesseract']).default('textract'),
  TEXTRACT_SNS_TOPIC_ARN: z.string().trim().optional(),
  TEXTRACT_ROLE_ARN: z.string().trim().optional(),
});

/** Cross-field rule, checked even when other variables are wrong so the one error lists everything. */
function textractSettingsProblems(env: Env): string[] {
  if ((env.OCR_ENGINE ?? 'textract') !== 'textract') return [];
  return (['TEXTRACT_SNS_TOPIC_ARN', 'TEXTRACT_ROLE_ARN'] as const)
    .filter((name) => !env[name]?.trim())
    .map((name) => `${name} is required when OCR_ENGINE=textract`);
}

/** Parses the environment; throws one `ConfigError` naming every missing or invalid variable. */
export function parseEnv<T extends z.ZodTypeAny>(
  schema: T,
  env: Env,
  functionName: string,
  extraChecks: (env: Env) => string[] = () => [],
): z.infer<T> {
  const parsed = schema.safeParse(env);
  const problems = parsed.success
    ? []
    : parsed.error.issues.map((issue) => {
        const name = issue.path.join('.');
        return issue.message.includes(name) ? issue.message : `${name}: ${issue.message}`;
      });
  problems.push(...extraChecks(env));
  if (parsed.success && problems.length === 0) return parsed.data;
  throw new ConfigError(`invalid configuration of the ${functionName} function: ${problems.join('; ')}`);
}

const reportSchema = baseSchema.extend({
  MAIL_FROM: required('MAIL_FROM'),
  REPORT_RECIPIENTS: required('REPORT_RECIPIENTS')
    .transform((v) =>
      v
        .split(',')
        .map((e) => e.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.string().email('REPORT_RECIPIENTS must be e-mail addresses')).min(1)),
  PROVINCE_NAME: required('PROVINCE_NAME'),
  TARGET_POLICY: z.string().trim().optional(),
});

const incomingQueueUrl = required('INCOMING_QUEUE_URL').pipe(z.string().url('INCOMING_QUEUE_URL must be a URL'));

/** The route function touches neither the table nor the bucket: only extract's queue. */
const routeSchema = z.object({ INCOMING_QUEUE_URL: incomingQueueUrl });

const reconcileSchema = baseSchema.extend({
  /** Work queues the reconciler re-emits object events into (extract's and classify's). */
  INCOMING_QUEUE_URL: incomingQueueUrl,
  EXTRACTED_QUEUE_URL: required('EXTRACTED_QUEUE_URL').pipe(z.string().url('EXTRACTED_QUEUE_URL must be a URL')),
  /** Hours after its upload past which a non-terminal document is overdue (the alarm's metric). */
  OVERDUE_AFTER_HOURS: positiveInt.max(24 * 14).optional(),
});

export const parseApiEnv = (env: Env) => parseEnv(apiSchema, env, 'api');
export const parseExtractEnv = (env: Env) => parseEnv(extractSchema, env, 'extract', textractSettingsProblems);
export const parseReportEnv = (env: Env) => parseEnv(reportSchema, env, 'report');
export const parseRouteEnv = (env: Env) => parseEnv(routeSchema, env, 'route');
export const parseReconcileEnv = (env: Env) => parseEnv(reconcileSchema, env, 'reconcile');
export const parseBaseEnv = (env: Env, functionName: string) => parseEnv(baseSchema, env, functionName);
