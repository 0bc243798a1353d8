/**
 * Lambda composition: reads and validates the environment once per cold start (zod, one aggregated
 * error), creates each AWS client once, and wires the adapters into the handler factories. Nothing else
 * constructs adapters for Lambda. The local mode has its own composition (local/composition.ts)
 * over the same factories.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { TextractClient } from '@aws-sdk/client-textract';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { z } from 'zod';
import { type ApiDeps, makeApiHandler } from '#functions/api/handler.ts';
import { makeClassifyHandler } from '#functions/classify/handler.ts';
import { makeExtractHandler } from '#functions/extract/handler.ts';
import { makeReportHandler } from '#functions/report/handler.ts';
import { makeTextractCollectHandler } from '#functions/textract-collect/handler.ts';
import { makeDynamoComplianceReader } from '#shared/adapters/dynamodb/compliance-reader.ts';
import { makeDynamoStores } from '#shared/adapters/dynamodb/stores.ts';
import { makeSesMailer } from '#shared/adapters/mail/ses-mailer.ts';
import { hasTextLayer, makePdfTextEngine } from '#shared/adapters/ocr/pdf-text.ts';
import { makeTesseractEngine } from '#shared/adapters/ocr/tesseract.ts';
import { collectTextractJob, isTextractThrottle, makeTextractEngine } from '#shared/adapters/ocr/textract.ts';
import { makeReportRenderer } from '#shared/adapters/report/email.ts';
import { makeS3ObjectStore } from '#shared/adapters/s3/object-store.ts';
import { makeS3Presigner } from '#shared/adapters/s3/presigner.ts';
import { loadTargetPolicy } from '#shared/domain/targets.ts';
import { DEFAULT_MAX_UPLOAD_BYTES, DEFAULT_UPLOAD_URL_TTL_SECONDS } from '#shared/domain/upload-rules.ts';
import { ConfigError } from '#shared/errors.ts';
import { type OcrEngine, systemClock } from '#shared/ports.ts';
import { makeBuildReport } from '#shared/use-cases/build-report.ts';
import { classifyWithDomain, needsReviewWithDomain } from '#shared/use-cases/domain-classifier.ts';
import { makeSendReport } from '#shared/use-cases/send-report.ts';

type Env = Record<string, string | undefined>;

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
  // S3 presigned URLs live at most 7 days; an upload URL should live minutes.
  UPLOAD_URL_TTL_SECONDS: positiveInt.max(7 * 24 * 3600).default(DEFAULT_UPLOAD_URL_TTL_SECONDS),
  TARGET_POLICY: z.string().trim().optional(),
  PROVINCE_NAME: required('PROVINCE_NAME'),
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

export const parseApiEnv = (env: Env) => parseEnv(apiSchema, env, 'api');
export const parseExtractEnv = (env: Env) => parseEnv(extractSchema, env, 'extract', textractSettingsProblems);
export const parseReportEnv = (env: Env) => parseEnv(reportSchema, env, 'report');
export const parseBaseEnv = (env: Env, functionName: string) => parseEnv(baseSchema, env, functionName);

function dynamo(tableName: string) {
  const doc = DynamoDBDocumentClient.from(new DynamoDBClient({}), { marshallOptions: { removeUndefinedValues: true } });
  return { doc, tableName };
}

/** Presigning needs this: otherwise the URL carries a CRC32 of an empty body (DESIGN.md toolchain notes). */
function s3Client(): S3Client {
  return new S3Client({ requestChecksumCalculation: 'WHEN_REQUIRED', responseChecksumValidation: 'WHEN_REQUIRED' });
}

export function apiHandlerFromEnv(env: Env = process.env) {
  const config = parseApiEnv(env);
  const table = dynamo(config.TABLE_NAME);
  const s3 = s3Client();
  const deps: ApiDeps = {
    stores: makeDynamoStores(table),
    presigner: makeS3Presigner({ client: s3, bucket: config.BUCKET_NAME }),
    reader: makeDynamoComplianceReader(table),
    policy: loadTargetPolicy(config.TARGET_POLICY),
    provinceName: config.PROVINCE_NAME,
    clock: systemClock,
    limits: { maxUploadBytes: config.MAX_UPLOAD_BYTES, uploadUrlTtlSeconds: config.UPLOAD_URL_TTL_SECONDS },
  };
  return makeApiHandler(deps);
}

export function extractHandlerFromEnv(env: Env = process.env) {
  const config = parseExtractEnv(env);
  const stores = makeDynamoStores(dynamo(config.TABLE_NAME));
  let ocr: OcrEngine;
  if (config.OCR_ENGINE === 'textract') {
    ocr = makeTextractEngine({
      client: new TextractClient({}),
      snsTopicArn: config.TEXTRACT_SNS_TOPIC_ARN ?? '',
      roleArn: config.TEXTRACT_ROLE_ARN ?? '',
    });
  } else {
    ocr = makeTesseractEngine({ workers: 1 });
  }
  return makeExtractHandler({
    documents: stores.documents,
    sessions: stores.sessions,
    objects: makeS3ObjectStore({ client: s3Client(), bucket: config.BUCKET_NAME }),
    engines: { pdfText: makePdfTextEngine(), ocr },
    hasTextLayer,
    bucket: config.BUCKET_NAME,
    clock: systemClock,
    isThrottle: isTextractThrottle,
  });
}

export function classifyHandlerFromEnv(env: Env = process.env) {
  const config = parseBaseEnv(env, 'classify');
  const stores = makeDynamoStores(dynamo(config.TABLE_NAME));
  return makeClassifyHandler({
    documents: stores.documents,
    objects: makeS3ObjectStore({ client: s3Client(), bucket: config.BUCKET_NAME }),
    classify: classifyWithDomain,
    needsReview: needsReviewWithDomain,
    clock: systemClock,
  });
}

export function textractCollectHandlerFromEnv(env: Env = process.env) {
  const config = parseBaseEnv(env, 'textract-collect');
  const stores = makeDynamoStores(dynamo(config.TABLE_NAME));
  const textract = new TextractClient({});
  return makeTextractCollectHandler({
    documents: stores.documents,
    objects: makeS3ObjectStore({ client: s3Client(), bucket: config.BUCKET_NAME }),
    collect: (jobId) => collectTextractJob(textract, jobId),
    clock: systemClock,
    isThrottle: isTextractThrottle,
  });
}

export function reportHandlerFromEnv(env: Env = process.env) {
  const config = parseReportEnv(env);
  const reader = makeDynamoComplianceReader(dynamo(config.TABLE_NAME));
  return makeReportHandler({
    buildReport: makeBuildReport({
      reader,
      clock: systemClock,
      policy: loadTargetPolicy(config.TARGET_POLICY),
      provinceName: config.PROVINCE_NAME,
    }),
    sendReport: makeSendReport({
      renderer: makeReportRenderer(),
      mailer: makeSesMailer(new SESv2Client({})),
      objects: makeS3ObjectStore({ client: s3Client(), bucket: config.BUCKET_NAME }),
      listAgencies: () => reader.listAgencies(),
      from: config.MAIL_FROM,
      recipients: config.REPORT_RECIPIENTS,
    }),
    clock: systemClock,
  });
}
