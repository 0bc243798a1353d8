// Lambda entry: configuration is validated and clients are created once, at cold start.
import { classifyHandlerFromEnv } from '#shared/composition/aws/classify.ts';

export const handler = classifyHandlerFromEnv();
