/** Composition of the route function: an SQS client sending to extract's queue. No table, no bucket. */
import { SQSClient } from '@aws-sdk/client-sqs';
import { makeRouteHandler } from '#functions/route/handler.ts';
import { makeSqsObjectEventQueue } from '#shared/adapters/sqs/object-event-queue.ts';
import { type Env, parseRouteEnv } from './env.ts';
import { traced, tracer } from './tracing.ts';

export function routeHandlerFromEnv(env: Env = process.env) {
  const config = parseRouteEnv(env);
  return makeRouteHandler({
    queue: makeSqsObjectEventQueue({ sqs: traced(new SQSClient({})), queueUrl: config.INCOMING_QUEUE_URL }),
    tracer: tracer(),
  });
}
