// Lambda entry: configuration is validated and clients are created once, at cold start.
import { apiHandlerFromEnv } from '#shared/composition/aws/api.ts';

export const handler = apiHandlerFromEnv();
