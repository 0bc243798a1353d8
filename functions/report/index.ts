/**
 * Lambda entry of the `report` function. Wiring lives here until shared/composition/aws.ts offers a
 * report composition; configuration is read and validated once, at cold start, with one aggregated error.
 */

import { Logger } from '@aws-lambda-powertools/logger';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { z } from 'zod';
import { makeDynamoComplianceReader } from '#shared/adapters/dynamodb/compliance-reader.ts';
import { makeSesMailer } from '#shared/adapters/mail/ses-mailer.ts';
import { makeS3ObjectStore } from '#shared/adapters/s3/object-store.ts';
import { ConfigError } from '#shared/domain/errors.ts';
import { loadTargetPolicy } from '#shared/domain/targets.ts';
import { systemClock } from '#shared/ports.ts';
import { makeBuildReport } from '#shared/use-cases/build-report.ts';
import { makeSendReport } from '#shared/use-cases/send-report.ts';
import { makeReportHandler } from './handler.ts';

const emailList = z
  .string()
  .transform((v) =>
    v
      .split(',')
      .map((e) => e.trim())
      .filter(Boolean),
  )
  .pipe(z.array(z.string().email()).min(1));

const configSchema = z.object({
  TABLE_NAME: z.string().min(1),
  BUCKET_NAME: z.string().min(1),
  MAIL_FROM: z.string().min(3),
  REPORT_RECIPIENTS: emailList,
  PROVINCE_NAME: z.string().min(1),
  TARGET_POLICY: z.string().min(1),
});

function readConfig(env: NodeJS.ProcessEnv): z.infer<typeof configSchema> {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      `report function configuration: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  }
  return parsed.data;
}

const config = readConfig(process.env);
const doc = DynamoDBDocumentClient.from(new DynamoDBClient({}));
const reader = makeDynamoComplianceReader({ doc, tableName: config.TABLE_NAME });

export const handler = makeReportHandler({
  buildReport: makeBuildReport({
    reader,
    clock: systemClock,
    policy: loadTargetPolicy(config.TARGET_POLICY),
    provinceName: config.PROVINCE_NAME,
  }),
  sendReport: makeSendReport({
    mailer: makeSesMailer(new SESv2Client({})),
    objects: makeS3ObjectStore({ client: new S3Client({}), bucket: config.BUCKET_NAME }),
    listAgencies: () => reader.listAgencies(),
    from: config.MAIL_FROM,
    recipients: config.REPORT_RECIPIENTS,
  }),
  logger: new Logger(),
});
