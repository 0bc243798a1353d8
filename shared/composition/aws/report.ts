/** Composition of the report function: the compliance reader, the report renderer, SES, S3. No OCR. */
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { makeReportHandler } from '#functions/report/handler.ts';
import { makeDynamoComplianceReader } from '#shared/adapters/dynamodb/compliance-reader.ts';
import { makeSesMailer } from '#shared/adapters/mail/ses-mailer.ts';
import { makeReportRenderer } from '#shared/adapters/report/email.ts';
import { makeS3ObjectStore } from '#shared/adapters/s3/object-store.ts';
import { loadTargetPolicy } from '#shared/domain/targets.ts';
import { systemClock } from '#shared/ports.ts';
import { makeBuildReport } from '#shared/use-cases/build-report.ts';
import { makeSendReport } from '#shared/use-cases/send-report.ts';
import { dynamo, s3Client } from './clients.ts';
import { type Env, parseReportEnv } from './env.ts';
import { traced, tracer } from './tracing.ts';

export function reportHandlerFromEnv(env: Env = process.env) {
  const config = parseReportEnv(env);
  const reader = makeDynamoComplianceReader(dynamo(config.TABLE_NAME, traced));
  return makeReportHandler({
    buildReport: makeBuildReport({
      reader,
      clock: systemClock,
      policy: loadTargetPolicy(config.TARGET_POLICY),
      provinceName: config.PROVINCE_NAME,
    }),
    sendReport: makeSendReport({
      renderer: makeReportRenderer(),
      mailer: makeSesMailer(traced(new SESv2Client({}))),
      objects: makeS3ObjectStore({ client: s3Client(traced), bucket: config.BUCKET_NAME }),
      listAgencies: () => reader.listAgencies(),
      from: config.MAIL_FROM,
      recipients: config.REPORT_RECIPIENTS,
    }),
    clock: systemClock,
    tracer: tracer(),
  });
}
