/**
 * The `route` stage (AWS only): fairness of OCR capacity between agencies.
 *
 * S3 notifications cannot carry an SQS message group, and one queue consumed in arrival order lets one
 * agency's 10,000-file batch hold every other agency's upload behind it for hours. So S3 notifies a small
 * intake queue, and this stage re-sends each object event, alone and unchanged, to extract's queue with
 * `MessageGroupId` = the uploading agency. On a standard queue that makes it an SQS fair queue: consumers
 * are unchanged, and when one agency's messages take a disproportionate share of extract's processing
 * time SQS delivers the other agencies' messages first (the busy agency is slowed, never dropped). The
 * intake queue holds no backlog worth the name: sending is milliseconds per object, OCR is seconds, so the
 * queue that waits is extract's, where the fairness applies.
 *
 * A key outside the `incoming/{agencyId}/{uploadId}/{name}` layout (never a presigned upload: an operator
 * copying files in by hand) is forwarded too, in the shared group `UNROUTED_GROUP`, with a warning naming
 * the reason; extract then ends it as before this stage existed (`skipped: not_an_upload`, logged). It is
 * never thrown back, so it cannot loop through the intake queue into its DLQ.
 *
 * Sending is at least once: a failed send throws, the SQS record comes back and its objects are re-sent;
 * a duplicate reaching extract is harmless (its writes are conditional on the version read).
 */
import { fairnessGroupOf, parseIncomingKey, UNROUTED_GROUP } from '#shared/domain/object-keys.ts';
import type { S3ObjectEvent } from '#shared/events/s3-records.ts';
import type { ObjectEventQueue } from '#shared/ports.ts';

export interface RouteLogger {
  warn(message: string, extra?: Record<string, unknown>): void;
}

export interface RouteDeps {
  queue: ObjectEventQueue;
  logger?: RouteLogger;
}

export interface RoutedEvent {
  /** The fair-queue tenant the event was sent under: an agency id, or `UNROUTED_GROUP`. */
  groupId: string;
  /** For logs: the upload id (file names may carry personal names, so never the key). */
  uploadId: string | null;
}

export function makeRouteObjectEvents(deps: RouteDeps) {
  return async (events: readonly S3ObjectEvent[]): Promise<RoutedEvent[]> => {
    const routed: RoutedEvent[] = [];
    for (const event of events) {
      const groupId = fairnessGroupOf(event.object.key);
      if (groupId === UNROUTED_GROUP) {
        deps.logger?.warn('object event outside the incoming/ layout, sent to extract unrouted', {
          reason: 'key_outside_layout',
          groupId,
          prefix: event.object.key.split('/')[0],
        });
      }
      await deps.queue.send({ body: event.body, groupId });
      routed.push({ groupId, uploadId: parseIncomingKey(event.object.key)?.uploadId ?? null });
    }
    return routed;
  };
}
