// Lambda entry: configuration is validated, clients are created and the configured OCR engine is loaded once,
// at cold start (top-level await).
import { extractHandlerFromEnv } from '#shared/composition/aws/extract.ts';

export const handler = await extractHandlerFromEnv();
