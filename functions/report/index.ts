// Lambda entry: configuration is validated and clients are created once, at cold start.
import { reportHandlerFromEnv } from '#shared/composition/aws/report.ts';

export const handler = reportHandlerFromEnv();
