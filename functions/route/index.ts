// Lambda entry: configuration is validated and the SQS client is created once, at cold start.
import { routeHandlerFromEnv } from '#shared/composition/aws/route.ts';

export const handler = routeHandlerFromEnv();
