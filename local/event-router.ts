/**
 * Stands in for "S3 event notification → SQS queue → Lambda event source mapping" on one machine.
 *
 * s3rver emits object events with raw keys, region us-east-1 and no prefix filters. The router re-encodes
 * keys as S3 does, applies each route's prefix filter, wraps every record into the SQS-record shape Lambda
 * receives (body = stringified S3 notification, eventVersion 2.1), and feeds the same handler factories as
 * the cloud with bounded concurrency. Failed batch items come back after a visibility delay like SQS
 * redrive; after `maxReceiveCount` receives they land in a dead-letter list (logged). Queues are unbounded,
 * so a burst of events is queued, never dropped.
 *
 * Fairness: each queue keeps one FIFO lane per agency (the key segment after the route's prefix, as in
 * `incoming/{agencyId}/…`) and takes messages from the lanes in turn, so one agency's 10,000-file batch cannot
 * keep another agency's upload waiting behind it for OCR: the other's next message is at most one message per
 * busy agency away.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { encodeS3EventKey } from '#shared/events/s3-event-key.ts';
import type { S3Notification } from './emulators.ts';
import { makeLambdaContext } from './lambda-context.ts';

export type SqsHandler = (event: SQSEvent, context: Context) => Promise<SQSBatchResponse | undefined>;

export interface Route {
  /** Queue name (appears in the SQS ARN and logs): `extract`, `classify`. */
  name: string;
  /** Key prefix of the S3 notification filter, e.g. `incoming/`. */
  prefix: string;
  handler: SqsHandler;
  /** Parallel invocations (Lambda reserved concurrency). */
  concurrency?: number;
  /** Records per invocation (event source mapping batch size). */
  batchSize?: number;
}

export interface DeadLetter {
  queue: string;
  record: SQSRecord;
  error: string;
}

export interface RouterLogger {
  info(message: string, extra?: Record<string, unknown>): void;
  warn(message: string, extra?: Record<string, unknown>): void;
  error(message: string, extra?: Record<string, unknown>): void;
}

export interface EventRouterOptions {
  routes: Route[];
  region?: string;
  accountId?: string;
  /** Receives before a message goes to the dead-letter list (SQS redrive policy). */
  maxReceiveCount?: number;
  /** Delay before a failed message is visible again: `visibilityMs * receiveCount`. */
  visibilityMs?: number;
  logger?: RouterLogger;
}

interface Message {
  record: SQSRecord;
  receiveCount: number;
}

/** FIFO lanes taken round-robin: each message taken sends its lane to the back of the turn. */
export class FairQueue<T> {
  private readonly lanes = new Map<string, T[]>();
  /** Lanes with messages, in turn order. */
  private turn: string[] = [];
  length = 0;

  push(lane: string, item: T): void {
    const items = this.lanes.get(lane);
    if (items) items.push(item);
    else {
      this.lanes.set(lane, [item]);
      this.turn.push(lane);
    }
    this.length += 1;
  }

  /** Up to `count` messages, one lane after the other. */
  take(count: number): T[] {
    const out: T[] = [];
    while (out.length < count && this.turn.length > 0) {
      const lane = this.turn.shift()!;
      const items = this.lanes.get(lane)!;
      out.push(items.shift()!);
      this.length -= 1;
      if (items.length > 0) this.turn.push(lane);
      else this.lanes.delete(lane);
    }
    return out;
  }

  clear(): void {
    this.lanes.clear();
    this.turn = [];
    this.length = 0;
  }
}

/**
 * The lane of a message: the first key segment after the route's prefix when the key has one
 * (`incoming/{agencyId}/{uploadId}/…` → the agency), else one shared lane (`extracted/{docId}.json`).
 */
export function laneOf(body: string, prefix: string): string {
  try {
    const key = (JSON.parse(body) as { Records?: { s3?: { object?: { key?: string } } }[] }).Records?.[0]?.s3?.object
      ?.key;
    if (!key?.startsWith(prefix)) return '';
    const rest = key.slice(prefix.length);
    const slash = rest.indexOf('/');
    return slash > 0 ? rest.slice(0, slash) : '';
  } catch {
    return '';
  }
}

interface Queue {
  route: Required<Pick<Route, 'concurrency' | 'batchSize'>> & Route;
  arn: string;
  /** Messages ready to be received, one lane per agency. */
  ready: FairQueue<Message>;
  running: number;
  /** Messages waiting out their visibility delay after a failure. */
  delayed: number;
}

export interface EventRouter {
  /** Routes every record of an S3 notification whose raw key matches a route prefix. Keys are raw (s3rver). */
  deliver(notification: S3Notification): void;
  /** The last 10 000 SQS message bodies routed, per queue, in order (for tests that redeliver events). */
  delivered(queue: string): string[];
  /** Enqueues an SQS body as is (redelivery of an already routed notification). */
  redeliver(queue: string, body: string): void;
  /** Resolves when no message is queued, running or waiting to be retried. */
  idle(): Promise<void>;
  deadLetters(): readonly DeadLetter[];
  /** Stops taking new work and waits for running invocations. */
  close(): Promise<void>;
}

const HISTORY_LIMIT = 10_000;

const silentLogger: RouterLogger = { info() {}, warn() {}, error() {} };

export function makeEventRouter(options: EventRouterOptions): EventRouter {
  const region = options.region ?? 'us-east-1';
  const accountId = options.accountId ?? '000000000000';
  const maxReceiveCount = options.maxReceiveCount ?? 5;
  const visibilityMs = options.visibilityMs ?? 500;
  const logger = options.logger ?? silentLogger;
  const queues = new Map<string, Queue>();
  const history = new Map<string, string[]>();
  const dead: DeadLetter[] = [];
  const timers = new Set<NodeJS.Timeout>();
  let idleWaiters: Array<() => void> = [];
  let closed = false;

  for (const route of options.routes) {
    queues.set(route.name, {
      route: { concurrency: 1, batchSize: 1, ...route },
      arn: `arn:aws:sqs:${region}:${accountId}:sohoa-${route.name}`,
      ready: new FairQueue<Message>(),
      running: 0,
      delayed: 0,
    });
    history.set(route.name, []);
  }

  const isIdle = () => [...queues.values()].every((q) => q.ready.length === 0 && q.running === 0 && q.delayed === 0);

  function settle(): void {
    if (!isIdle()) return;
    const waiters = idleWaiters;
    idleWaiters = [];
    for (const resolve of waiters) resolve();
  }

  function enqueue(queue: Queue, body: string): void {
    const now = Date.now();
    const record: SQSRecord = {
      messageId: randomUUID(),
      receiptHandle: `local-${randomUUID()}`,
      body,
      attributes: {
        ApproximateReceiveCount: '1',
        SentTimestamp: String(now),
        SenderId: 'AIDALOCALS3NOTIFY',
        ApproximateFirstReceiveTimestamp: String(now),
      },
      messageAttributes: {},
      md5OfBody: createHash('md5').update(body).digest('hex'),
      eventSource: 'aws:sqs',
      eventSourceARN: queue.arn,
      awsRegion: region,
    };
    const log = history.get(queue.route.name);
    if (log) {
      log.push(body);
      // Bounded: a long `sohoa dev` session must not grow without limit.
      if (log.length > HISTORY_LIMIT) log.splice(0, log.length - HISTORY_LIMIT);
    }
    queue.ready.push(laneOf(body, queue.route.prefix), { record, receiveCount: 0 });
    pump(queue);
  }

  function pump(queue: Queue): void {
    while (!closed && queue.running < queue.route.concurrency && queue.ready.length > 0) {
      const batch = queue.ready.take(queue.route.batchSize);
      queue.running += 1;
      void invoke(queue, batch).finally(() => {
        queue.running -= 1;
        pump(queue);
        settle();
      });
    }
  }

  async function invoke(queue: Queue, batch: Message[]): Promise<void> {
    const now = Date.now();
    for (const message of batch) {
      message.receiveCount += 1;
      message.record.attributes.ApproximateReceiveCount = String(message.receiveCount);
      if (message.receiveCount === 1) message.record.attributes.ApproximateFirstReceiveTimestamp = String(now);
    }
    const event: SQSEvent = { Records: batch.map((m) => structuredClone(m.record)) };
    let failedIds: Set<string>;
    let failure = 'handler reported a batch item failure';
    try {
      const response = await queue.route.handler(event, makeLambdaContext(`sohoa-${queue.route.name}`));
      failedIds = new Set((response?.batchItemFailures ?? []).map((f) => f.itemIdentifier));
    } catch (error) {
      // A thrown handler fails the whole batch, as with Lambda.
      failure = error instanceof Error ? error.message : String(error);
      failedIds = new Set(batch.map((m) => m.record.messageId));
    }
    for (const message of batch) {
      if (!failedIds.has(message.record.messageId) || closed) continue;
      if (message.receiveCount >= maxReceiveCount) {
        dead.push({ queue: queue.route.name, record: message.record, error: failure });
        logger.error('message moved to the local dead-letter list', {
          queue: queue.route.name,
          messageId: message.record.messageId,
          receiveCount: message.receiveCount,
          error: failure,
        });
        continue;
      }
      logger.warn('message failed, will be retried', {
        queue: queue.route.name,
        messageId: message.record.messageId,
        receiveCount: message.receiveCount,
        error: failure,
      });
      queue.delayed += 1;
      const timer = setTimeout(() => {
        timers.delete(timer);
        queue.delayed -= 1;
        queue.ready.push(laneOf(message.record.body, queue.route.prefix), message);
        pump(queue);
        settle();
      }, visibilityMs * message.receiveCount);
      timers.add(timer);
    }
  }

  function routeFor(rawKey: string): Queue | undefined {
    for (const queue of queues.values()) if (rawKey.startsWith(queue.route.prefix)) return queue;
    return undefined;
  }

  return {
    deliver(notification) {
      for (const record of notification.Records ?? []) {
        if (!record.eventName?.startsWith('ObjectCreated:')) continue;
        const rawKey = record.s3.object.key;
        const queue = routeFor(rawKey);
        if (!queue) continue;
        // One S3 record per message, like S3 → SQS; the key encoded as S3 encodes it.
        const s3Record = {
          ...record,
          eventVersion: '2.1',
          awsRegion: region,
          s3: { ...record.s3, object: { ...record.s3.object, key: encodeS3EventKey(rawKey) } },
        };
        enqueue(queue, JSON.stringify({ Records: [s3Record] }));
      }
    },
    delivered: (name) => [...(history.get(name) ?? [])],
    redeliver(name, body) {
      const queue = queues.get(name);
      if (!queue) throw new Error(`unknown queue ${name}`);
      enqueue(queue, body);
    },
    idle() {
      if (isIdle()) return Promise.resolve();
      return new Promise((resolve) => idleWaiters.push(resolve));
    },
    deadLetters: () => dead,
    async close() {
      closed = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      for (const queue of queues.values()) {
        queue.delayed = 0;
        queue.ready.clear();
      }
      await new Promise<void>((resolve) => {
        const check = () => ([...queues.values()].every((q) => q.running === 0) ? resolve() : setTimeout(check, 20));
        check();
      });
      settle();
    },
  };
}
