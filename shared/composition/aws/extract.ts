/**
 * Composition of the extract function: the PDF text layer (pdfjs) and only the configured OCR engine,
 * imported when OCR_ENGINE names it, so a Textract deployment loads no tesseract.js and vice versa.
 */
import { makeExtractHandler } from '#functions/extract/handler.ts';
import { makeDynamoStores } from '#shared/adapters/dynamodb/stores.ts';
import { hasTextLayer, makePdfTextEngine } from '#shared/adapters/ocr/pdf-text.ts';
import { isTextractThrottle } from '#shared/adapters/ocr/textract.ts';
import { makeS3ObjectStore } from '#shared/adapters/s3/object-store.ts';
import { type OcrEngine, systemClock } from '#shared/ports.ts';
import { dynamo, s3Client } from './clients.ts';
import { type Env, parseExtractEnv } from './env.ts';
import { traced, tracer } from './tracing.ts';

export async function extractHandlerFromEnv(env: Env = process.env) {
  const config = parseExtractEnv(env);
  const stores = makeDynamoStores(dynamo(config.TABLE_NAME, traced));
  let ocr: OcrEngine;
  if (config.OCR_ENGINE === 'textract') {
    const [{ TextractClient }, { makeTextractEngine }] = await Promise.all([
      import('@aws-sdk/client-textract'),
      import('#shared/adapters/ocr/textract.ts'),
    ]);
    ocr = makeTextractEngine({
      client: traced(new TextractClient({})),
      snsTopicArn: config.TEXTRACT_SNS_TOPIC_ARN ?? '',
      roleArn: config.TEXTRACT_ROLE_ARN ?? '',
    });
  } else {
    const { makeTesseractEngine } = await import('#shared/adapters/ocr/tesseract.ts');
    ocr = makeTesseractEngine({ workers: 1 });
  }
  return makeExtractHandler({
    documents: stores.documents,
    sessions: stores.sessions,
    objects: makeS3ObjectStore({ client: s3Client(traced), bucket: config.BUCKET_NAME }),
    engines: { pdfText: makePdfTextEngine(), ocr },
    hasTextLayer,
    bucket: config.BUCKET_NAME,
    clock: systemClock,
    isThrottle: isTextractThrottle,
    tracer: tracer(),
  });
}
