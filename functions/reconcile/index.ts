// Lambda entry: configuration is validated and clients are created once, at cold start.
import { reconcileHandlerFromEnv } from '#shared/composition/aws/reconcile.ts';

export const handler = reconcileHandlerFromEnv();
