// Lambda entry: the HTTP API's workbook routes (functions/api/handler.ts, `fn: 'sheets'` in shared/routes.ts).
// Configuration is validated and clients are created once, at cold start.
import { sheetsHandlerFromEnv } from '#shared/composition/aws/sheets.ts';

export const handler = sheetsHandlerFromEnv();
