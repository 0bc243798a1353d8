// Lambda entry: configuration is validated and clients are created once, at cold start.
import { extractHandlerFromEnv } from '#shared/composition/aws.ts';

export const handler = extractHandlerFromEnv();
