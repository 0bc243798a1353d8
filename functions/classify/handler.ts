/**
 * The `classify` function: SQS batches of S3 object-created events on `extracted/`.
 */
import { Logger } from '@aws-lambda-powertools/logger';
import type { Tracer } from '@aws-lambda-powertools/tracer';
import { parseExtractedKey } from '#shared/domain/object-keys.ts';
import { parseS3Records } from '#shared/events/s3-records.ts';
import { makeSqsBatchHandler, type SqsHandlerFn } from '#shared/events/sqs-batch.ts';
import { type ClassifyDeps, makeClassifyDocument } from '#shared/use-cases/classify-document.ts';

export interface ClassifyHandlerDeps extends ClassifyDeps {
  logger?: Logger;
  /** X-Ray tracing (the Lambda composition's Tracer); none locally. */
  tracer?: Tracer;
}

export function makeClassifyHandler(deps: ClassifyHandlerDeps): SqsHandlerFn {
  const logger = deps.logger ?? new Logger({ serviceName: 'sohoa-classify' });
  const classify = makeClassifyDocument(deps);
  return makeSqsBatchHandler(
    logger,
    async (record) => {
      for (const object of parseS3Records(record)) {
        const parsed = parseExtractedKey(object.key);
        if (!parsed) {
          logger.warn('not an extracted text, ignored', { prefix: object.key.split('/')[0] });
          continue;
        }
        try {
          const result = await classify(parsed.docId);
          // The classifier threw on this text: the document went to review, the error is for us to mend.
          if (result.classifierError) logger.error('classifier failed, document sent to review', { ...result });
          else logger.info('classify done', { ...result });
        } catch (error) {
          logger.error('classify failed', { docId: parsed.docId, error });
          throw error;
        }
      }
    },
    deps.tracer,
  );
}
