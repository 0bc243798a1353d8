/**
 * The `route` function: SQS batches of S3 object-created events on `incoming/` from the intake queue,
 * each object re-sent to extract's queue under its agency's message group (shared/use-cases/route-object-events.ts).
 * A body that is not an S3 notification throws (back to the intake queue, then its DLQ, alarmed): S3 is
 * the only sender the queue policy admits, so it is never silently dropped.
 */
import { Logger } from '@aws-lambda-powertools/logger';
import type { Tracer } from '@aws-lambda-powertools/tracer';
import { splitS3Notification } from '#shared/events/s3-records.ts';
import { makeSqsBatchHandler, type SqsHandlerFn } from '#shared/events/sqs-batch.ts';
import { makeRouteObjectEvents, type RouteDeps } from '#shared/use-cases/route-object-events.ts';

export interface RouteHandlerDeps extends Omit<RouteDeps, 'logger'> {
  logger?: Logger;
  /** X-Ray tracing (the Lambda composition's Tracer); none locally. */
  tracer?: Tracer;
}

export function makeRouteHandler(deps: RouteHandlerDeps): SqsHandlerFn {
  const logger = deps.logger ?? new Logger({ serviceName: 'sohoa-route' });
  const route = makeRouteObjectEvents({
    queue: deps.queue,
    logger: { warn: (message, extra = {}) => logger.warn(message, extra) },
  });
  return makeSqsBatchHandler(
    logger,
    async (record) => {
      const events = splitS3Notification(record);
      if (events.length === 0) {
        logger.info('no object created (S3 test event), nothing to route');
        return;
      }
      try {
        logger.info('routed to extract', { routed: await route(events) });
      } catch (error) {
        logger.error('route failed, back to the intake queue', { error });
        throw error;
      }
    },
    deps.tracer,
  );
}
